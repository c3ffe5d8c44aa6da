package dev.kiln.wasm.binary;

import static dev.kiln.wasm.binary.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.wasm.Types;
import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every immediate kind, encoded against bytes worked out by hand from the spec. The module has a
 * struct at type index 0, an array at 1, a function type at 2 and filler types up to index 64, whose
 * index needs two bytes as s33 (0xc0 0x00) but one as u32 (0x40).
 */
class InstrEncodingTest {
    private final Module module = new Module();
    private final TypeDef struct;
    private final TypeDef array;
    private final TypeDef funcType;
    private final TypeDef type64;
    private final Func func;
    private final Tag tag;
    private final Global global;
    private final DataSegment data;
    private final InstrEncoder encoder;

    InstrEncodingTest() {
        List<TypeDef> g = module.addRecGroup();
        struct = Types.struct(g, "s", null, false, FieldType.immutable("a", NumType.I32), FieldType.mutable("b", PackedType.I8));
        array = Types.array(g, "a", FieldType.mutable(null, PackedType.I16));
        funcType = Types.func(g, "f", List.of(NumType.I32), List.of(NumType.I32, NumType.I64));
        for (int k = 3; k < 64; k++) Types.func(g, "filler" + k, List.of(), List.of());
        type64 = Types.struct(g, "s64", null, true);
        func = module.addFunction(Func.defined("fn", funcType, null));
        tag = module.addTag(new Tag("t", funcType));
        global = module.addGlobal(new Global("g", NumType.I32, true, List.of(Instr.i32Const(0))));
        data = module.addData(new DataSegment("d", new byte[0], null));
        module.setMemory(new Memory("m", 1, -1));
        Indices indices = new Indices(module);
        encoder = new InstrEncoder(indices, new TypeEncoder(indices));
    }

    @Test
    void constantsAreSignedLebOrLittleEndianBits() {
        assertEncodes("41 7f", Instr.i32Const(-1));
        assertEncodes("41 c0 00", Instr.i32Const(64));
        assertEncodes("42 80 80 80 80 80 80 80 80 80 7f", Instr.i64Const(Long.MIN_VALUE));
        assertEncodes("43 00 00 c0 3f", Instr.f32Const(1.5f));
        assertEncodes("43 01 00 a0 7f", Instr.f32ConstBits(0x7fa00001));
        assertEncodes("44 00 00 00 00 00 00 00 80", Instr.f64Const(-0.0));
    }

    @Test
    void blockTypesAreEmptyAValueTypeOrAnS33TypeIndex() {
        assertEncodes("02 40", Instr.block(BlockType.EMPTY));
        assertEncodes("03 7e", Instr.loop(BlockType.of(NumType.I64)));
        assertEncodes("04 63 00", Instr.if_(BlockType.of(RefType.nullable(struct))));
        assertEncodes("02 64 6b", Instr.block(BlockType.of(RefType.nonNull(AbsHeapType.STRUCT))));
        assertEncodes("02 70", Instr.block(BlockType.of(RefType.FUNCREF)));
        assertEncodes("02 02", Instr.block(BlockType.of(funcType)));
    }

    @Test
    void branches() {
        assertEncodes("0c 03", Instr.br(3));
        assertEncodes("0d 00", Instr.brIf(0));
        assertEncodes("0e 02 00 01 02", Instr.brTable(new int[] {0, 1}, 2));
        assertEncodes("d5 01", Instr.brOnNull(1));
        assertEncodes("d6 00", Instr.brOnNonNull(0));
    }

    @Test
    void tryTableListsCatchClausesWithTagsOnlyForTheTaggedKinds() {
        assertEncodes("1f 7f 04 00 00 00 01 00 01 02 00 03 02", Instr.tryTable(BlockType.of(NumType.I32), List.of(
            new Catch(Catch.Kind.CATCH, tag, 0),
            new Catch(Catch.Kind.CATCH_REF, tag, 1),
            new Catch(Catch.Kind.CATCH_ALL, null, 0),
            new Catch(Catch.Kind.CATCH_ALL_REF, null, 2))));
        assertEncodes("08 00", Instr.throw_(tag));
        assertEncodes("0a", Instr.throwRef());
    }

    @Test
    void calls() {
        assertEncodes("10 00", Instr.call(func));
        assertEncodes("12 00", Instr.returnCall(func));
        assertEncodes("14 02", Instr.callRef(funcType));
        assertEncodes("15 02", Instr.returnCallRef(funcType));
        assertEncodes("d2 00", Instr.refFunc(func));
    }

    @Test
    void localsAndGlobals() {
        Func many = Func.defined("many", funcType, null);
        Local last = null;
        for (int k = 1; k <= 200; k++) last = many.addLocal("l" + k, NumType.I32);
        assertEncodes("20 c8 01", Instr.localGet(last));
        assertEncodes("21 00", Instr.localSet(many.param(0)));
        assertEncodes("22 00", Instr.localTee(many.param(0)));
        assertEncodes("23 00", Instr.globalGet(global));
        assertEncodes("24 00", Instr.globalSet(global));
    }

    @Test
    void memargIsAlignmentThenOffset() {
        assertEncodes("28 02 10", Instr.memory(Op.I32_LOAD, 16, 2));
        assertEncodes("37 03 80 01", Instr.memory(Op.I64_STORE, 128, 3));
        assertEncodes("2d 00 ff ff ff ff 0f", Instr.memory(Op.I32_LOAD8_U, -1, 0));
    }

    @Test
    void memoryInstructionsNameMemoryZero() {
        assertEncodes("3f 00", Instr.memoryOp(Op.MEMORY_SIZE));
        assertEncodes("40 00", Instr.memoryOp(Op.MEMORY_GROW));
        assertEncodes("fc 0a 00 00", Instr.memoryOp(Op.MEMORY_COPY));
        assertEncodes("fc 0b 00", Instr.memoryOp(Op.MEMORY_FILL));
        assertEncodes("fc 08 00 00", Instr.memoryInit(data));
        assertEncodes("fc 09 00", Instr.dataDrop(data));
    }

    @Test
    void heapTypesAreS33WithAbstractTypesAsNegativeSingleBytes() {
        assertEncodes("d0 71", Instr.refNull(AbsHeapType.NONE));
        assertEncodes("d0 00", Instr.refNull(struct));
        assertEncodes("d0 c0 00", Instr.refNull(type64));
        assertEncodes("fb 00 40", Instr.structNew(type64));
    }

    @Test
    void refTestAndCastUseTheNextOpcodeForNullableTargets() {
        assertEncodes("fb 14 00", Instr.refTest(RefType.nonNull(struct)));
        assertEncodes("fb 15 00", Instr.refTest(RefType.nullable(struct)));
        assertEncodes("fb 16 6c", Instr.refCast(RefType.nonNull(AbsHeapType.I31)));
        assertEncodes("fb 17 6e", Instr.refCast(RefType.ANYREF));
    }

    @Test
    void brOnCastHasFlagsThenLabelThenBothHeapTypes() {
        assertEncodes("fb 18 01 01 6e 00", Instr.brOnCast(1, RefType.ANYREF, RefType.nonNull(struct)));
        assertEncodes("fb 19 02 00 6e 00", Instr.brOnCastFail(0, RefType.nonNull(AbsHeapType.ANY), RefType.nullable(struct)));
        assertEncodes("fb 18 03 00 6d c0 00", Instr.brOnCast(0, RefType.EQREF, RefType.nullable(type64)));
    }

    @Test
    void aggregateInstructions() {
        assertEncodes("fb 01 00", Instr.structNewDefault(struct));
        assertEncodes("fb 02 00 01", Instr.structGet(struct, 1));
        assertEncodes("fb 03 00 01", Instr.structGetS(struct, 1));
        assertEncodes("fb 05 00 00", Instr.structSet(struct, 0));
        assertEncodes("fb 08 01 03", Instr.arrayNewFixed(array, 3));
        assertEncodes("fb 09 01 00", Instr.arrayNewData(array, data));
        assertEncodes("fb 12 01 00", Instr.arrayInitData(array, data));
        assertEncodes("fb 0d 01", Instr.arrayGetU(array));
        assertEncodes("fb 11 01 01", Instr.arrayCopy(array, array));
        assertEncodes("fb 0f", Instr.simple(Op.ARRAY_LEN));
        assertEncodes("fb 1c", Instr.simple(Op.REF_I31));
        assertEncodes("fb 1b", Instr.simple(Op.EXTERN_CONVERT_ANY));
    }

    @Test
    void numericPrefixesAndSignExtension() {
        assertEncodes("fc 00", Instr.simple(Op.I32_TRUNC_SAT_F32_S));
        assertEncodes("fc 07", Instr.simple(Op.I64_TRUNC_SAT_F64_U));
        assertEncodes("c0", Instr.simple(Op.I32_EXTEND8_S));
        assertEncodes("c4", Instr.simple(Op.I64_EXTEND32_S));
        assertEncodes("1c 01 7f", Instr.selectT(NumType.I32));
        assertEncodes("1c 01 64 00", Instr.selectT(RefType.nonNull(struct)));
    }

    private void assertEncodes(String expected, Instr i) {
        ByteSink out = new ByteSink();
        encoder.encode(out, i);
        assertEquals(expected, hex(out.toByteArray()), i.toString());
    }
}
