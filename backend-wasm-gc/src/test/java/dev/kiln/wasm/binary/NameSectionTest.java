package dev.kiln.wasm.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.wasm.Types;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.TypeDef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name section's function names: short Java method names at {@link Names#FUNCTIONS}, full ones at {@link Names#ALL}. */
class NameSectionTest {
    @Test
    void methodNamesAreAsShortAsTheyStayUnique() {
        List<String> names = Arrays.asList(
                "java.util.HashMap.putVal(int,java.lang.Object,java.lang.Object,boolean,boolean)java.lang.Object",
                "java.lang.String.valueOf(int)java.lang.String",
                "java.lang.String.valueOf(char)java.lang.String",
                "t.Box.get()java.lang.Object",
                "t.Box.get()java.lang.String",
                "_start",
                "kiln.instanceof#java.util.List",
                null);
        assertEquals(Arrays.asList(
                "java.util.HashMap.putVal",
                "java.lang.String.valueOf(int)",
                "java.lang.String.valueOf(char)",
                "t.Box.get()java.lang.Object",
                "t.Box.get()java.lang.String",
                "_start",
                "kiln.instanceof#java.util.List",
                null), NameSection.shortMethodNames(names));
    }

    @Test
    void functionsLevelWritesShortNamesAndAllLevelFullOnes() {
        Module m = new Module();
        TypeDef t = Types.func(m.addRecGroup(), "t", List.of(), List.of());
        Func f = m.addFunction(Func.defined("t.Main.run(java.lang.String[])void", t, null));
        f.body().add(Instr.simple(dev.kiln.wasm.model.Op.NOP));
        String functions = new String(BinaryWriter.write(m, Names.FUNCTIONS), StandardCharsets.ISO_8859_1);
        String all = new String(BinaryWriter.write(m, Names.ALL), StandardCharsets.ISO_8859_1);
        assertTrue(functions.contains("t.Main.run") && !functions.contains("t.Main.run("), functions);
        assertTrue(all.contains("t.Main.run(java.lang.String[])void"), all);
    }
}
