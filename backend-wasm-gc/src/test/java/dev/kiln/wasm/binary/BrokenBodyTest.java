package dev.kiln.wasm.binary;

import static dev.kiln.wasm.model.Instr.block;
import static dev.kiln.wasm.model.Instr.br;
import static dev.kiln.wasm.model.Instr.call;
import static dev.kiln.wasm.model.Instr.else_;
import static dev.kiln.wasm.model.Instr.end;
import static dev.kiln.wasm.model.Instr.i32Const;
import static dev.kiln.wasm.model.Instr.if_;
import static dev.kiln.wasm.model.Instr.localGet;
import static dev.kiln.wasm.model.Instr.tryTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.wasm.Types;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structurally broken modules are rejected with the function, the instruction index and the reason. */
class BrokenBodyTest {
    private final Module module = new Module();
    private final TypeDef voidT;
    private final TypeDef point;
    private final Func f;

    BrokenBodyTest() {
        List<TypeDef> g = module.addRecGroup();
        voidT = Types.func(g, "v", List.of(), List.of());
        point = Types.struct(g, "Point", null, true, FieldType.immutable("x", NumType.I32));
        f = module.addFunction(Func.defined("Main.run()V", voidT, null));
    }

    @Test
    void unclosedBlock() {
        f.body().addAll(List.of(block(BlockType.EMPTY), Instr.loop(BlockType.EMPTY), end()));
        assertRejected("function $Main.run()V, at the end of 3 instruction(s): 1 block(s) not closed, innermost block");
    }

    @Test
    void endWithoutBlock() {
        f.body().addAll(List.of(block(BlockType.EMPTY), end(), end()));
        assertRejected("function $Main.run()V, instruction #2 (end): end without an open block (the function's end is implicit)");
    }

    @Test
    void elseOutsideIfOrTwice() {
        f.body().addAll(List.of(block(BlockType.EMPTY), else_(), end()));
        assertRejected("function $Main.run()V, instruction #1 (else): else without an open if");
        f.body().clear();
        f.body().addAll(List.of(i32Const(1), if_(BlockType.EMPTY), else_(), else_(), end()));
        assertRejected("function $Main.run()V, instruction #3 (else): else without an open if");
    }

    @Test
    void labelDepthBeyondTheFunctionLabel() {
        f.body().addAll(List.of(block(BlockType.EMPTY), br(1), br(2), end()));
        assertRejected("function $Main.run()V, instruction #2 (br): label depth 2 out of range: 2 enclosing label(s)");
    }

    @Test
    void catchLabelsCountFromOutsideTheTryTable() {
        f.body().addAll(List.of(
            block(BlockType.EMPTY),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH_ALL, null, 1), new Catch(Catch.Kind.CATCH_ALL, null, 2))),
            end(),
            end()));
        assertRejected("function $Main.run()V, instruction #1 (try_table): label depth 2 out of range: 2 enclosing label(s)");
    }

    @Test
    void localOfAnotherFunction() {
        Func other = module.addFunction(Func.defined("other", Types.func(module.addRecGroup(), "i", List.of(NumType.I32), List.of()), null));
        f.body().addAll(List.of(localGet(other.param(0)), Instr.simple(Op.DROP)));
        assertRejected("function $Main.run()V, instruction #0 (local.get): local $p0 is not in scope (it belongs to another function)");
    }

    @Test
    void functionNeverAddedToTheModule() {
        f.body().add(call(Func.defined("lost", voidT, null)));
        assertRejected("function $Main.run()V, instruction #0 (call): function $lost is not in the module");
    }

    @Test
    void fieldIndexOutOfRange() {
        f.body().addAll(List.of(Instr.refNull(point), Instr.structGet(point, 1), Instr.simple(Op.DROP)));
        assertRejected("function $Main.run()V, instruction #1 (struct.get): field 1 out of range for $Point with 1 field(s)");
    }

    @Test
    void structInstructionOnAFunctionType() {
        f.body().add(Instr.structNewDefault(voidT));
        assertRejected("function $Main.run()V, instruction #0 (struct.new_default): struct.new_default needs a struct type, $v is not one");
    }

    @Test
    void memoryInstructionWithoutMemory() {
        f.body().addAll(List.of(Instr.memoryOp(Op.MEMORY_SIZE), Instr.simple(Op.DROP)));
        assertRejected("function $Main.run()V, instruction #0 (memory.size): memory instruction in a module without memory");
    }

    @Test
    void globalInitializerIsCheckedToo() {
        module.addGlobal(new Global("broken", NumType.I32, false, List.of(Instr.localGet(f.addLocal("x", NumType.I32)))));
        assertRejected("global $broken, instruction #0 (local.get): local $x is not in scope (it belongs to another function)");
    }

    private void assertRejected(String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BinaryWriter.write(module));
        assertEquals(message, e.getMessage());
    }
}
