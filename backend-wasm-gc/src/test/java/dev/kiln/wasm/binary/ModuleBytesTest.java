package dev.kiln.wasm.binary;

import static dev.kiln.wasm.binary.Bytes.hex;
import static dev.kiln.wasm.binary.Bytes.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.wasm.Engine;
import dev.kiln.wasm.Types;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole modules and sections against bytes worked out by hand; each module is also validated by Chicory
 * (and instantiated where it has no imports and its start function would not throw).
 */
class ModuleBytesTest {

    @Test
    void smallestRunnableModuleByteForByte() {
        Module m = new Module();
        TypeDef t = Types.func(m.addRecGroup(), "t", List.of(), List.of(NumType.I32));
        Func answer = m.addFunction(Func.defined("answer", t, null));
        answer.body().add(Instr.i32Const(42));
        m.export("answer", answer);

        byte[] bytes = BinaryWriter.write(m);

        assertEquals(String.join(" ",
            "00 61 73 6d 01 00 00 00",
            "01 05 01 60 00 01 7f",
            "03 02 01 00",
            "07 0a 01 06 61 6e 73 77 65 72 00 00",
            "0a 06 01 04 00 41 2a 0b",
            "00 16 04 6e 61 6d 65",
            "01 09 01 00 06 61 6e 73 77 65 72",
            "04 04 01 00 01 74"), hex(bytes));
        assertEquals(42, Engine.call(Engine.instantiate(bytes), "answer"));
    }

    @Test
    void recGroupsUseSubAndSubFinalAndTheShortFormForFinalTypesWithoutSupertype() {
        Module m = new Module();
        List<TypeDef> group = m.addRecGroup();
        TypeDef a = Types.struct(group, "A", null, false, FieldType.mutable("x", NumType.I32));
        Types.struct(group, "B", a, true, FieldType.mutable("x", NumType.I32), FieldType.immutable("y", PackedType.I8));
        Types.array(m.addRecGroup(), "C", FieldType.mutable(null, PackedType.I16));
        Types.struct(m.addRecGroup(), "D", null, false);

        byte[] bytes = BinaryWriter.write(m);

        assertEquals("03"
            + " 4e 02 50 00 5f 01 7f 01 4f 01 00 5f 02 7f 01 78 00"
            + " 5e 77 01"
            + " 50 00 5f 00", section(bytes, 1));
        Engine.instantiate(bytes);
    }

    @Test
    void sectionsComeInTheRequiredOrderWithImportsFirstInTheFunctionIndexSpace() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        TypeDef voidT = Types.func(g, "v", List.of(), List.of());
        TypeDef box = Types.struct(g, "box", null, true, FieldType.immutable(null, NumType.I32));
        TypeDef bytesT = Types.array(g, "bytes", FieldType.mutable(null, PackedType.I8));
        TypeDef exnT = Types.func(g, "e", List.of(RefType.nullable(box)), List.of());
        Func main = m.addFunction(Func.defined("main", voidT, null));
        Func log = m.addFunction(Func.imported("log", voidT, "env", "log"));
        m.setMemory(new Memory("mem", 1, 2));
        Tag tag = m.addTag(new Tag("exc", exnT));
        Global counter = m.addGlobal(new Global("counter", NumType.I32, true, List.of(Instr.i32Const(0))));
        DataSegment text = m.addData(new DataSegment("text", "hi".getBytes(StandardCharsets.UTF_8), 16));
        DataSegment raw = m.addData(new DataSegment("raw", new byte[] {1, 2}, null));
        main.addLocal("a", NumType.I32);
        main.addLocal("b", NumType.I32);
        main.addLocal("c", NumType.I64);
        main.addLocal("d", NumType.I32);
        main.body().addAll(List.of(
            Instr.call(log),
            Instr.refFunc(main), Instr.simple(Op.DROP),
            Instr.i32Const(0), Instr.i32Const(2), Instr.arrayNewData(bytesT, raw), Instr.simple(Op.DROP),
            Instr.globalGet(counter), Instr.globalSet(counter),
            Instr.refNull(box), Instr.throw_(tag)));
        m.export("main", main);
        m.export("mem", m.memory());
        m.setStart(main);

        byte[] bytes = BinaryWriter.write(m);

        assertEquals(List.of(1, 2, 3, 5, 13, 6, 7, 8, 9, 12, 10, 11, 0), Bytes.sections(bytes).stream().map(Bytes.Section::id).toList());
        assertEquals("01 03 65 6e 76 03 6c 6f 67 00 00", section(bytes, 2));
        assertEquals("01 00", section(bytes, 3));
        assertEquals("01 01 01 02", section(bytes, 5));
        assertEquals("01 00 03", section(bytes, 13));
        assertEquals("01 7f 01 41 00 0b", section(bytes, 6));
        assertEquals("02 04 6d 61 69 6e 00 01 03 6d 65 6d 02 00", section(bytes, 7));
        assertEquals("01", section(bytes, 8));
        assertEquals("01 03 00 01 01", section(bytes, 9));
        assertEquals("02", section(bytes, 12));
        assertEquals("01 1e 03 02 7f 01 7e 01 7f"
            + " 10 00 d2 01 1a 41 00 41 02 fb 09 02 01 1a 23 00 24 00 d0 01 08 00 0b", section(bytes, 10));
        assertEquals("02 00 41 10 0b 02 68 69 01 02 01 02", section(bytes, 11));
        Engine.validate(bytes);
    }

    @Test
    void noDataCountSectionWithoutDataIndicesInCode() {
        Module m = new Module();
        m.setMemory(new Memory(null, 1, -1));
        m.addData(new DataSegment("text", new byte[] {7}, 0));
        byte[] bytes = BinaryWriter.write(m);
        assertFalse(Bytes.sections(bytes).stream().anyMatch(s -> s.id() == 12));
        assertEquals("01 00 01", section(bytes, 5));
        Engine.instantiate(bytes);
    }
}
