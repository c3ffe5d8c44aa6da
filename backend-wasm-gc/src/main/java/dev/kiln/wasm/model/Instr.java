package dev.kiln.wasm.model;

import java.util.List;

/**
 * One instruction with its immediates. Build them with the static factories; where an immediate lives
 * depends on {@link Op#imm}:
 * <ul>
 *   <li>{@code num}: I32/I64 constants, F32/F64 constants as raw bits (NaN payloads survive), LABEL depth,
 *       TYPE_FIELD field index, TYPE_COUNT count, MEMARG offset;</li>
 *   <li>{@code align}: MEMARG alignment as log2 of bytes;</li>
 *   <li>{@code ref}: the Func, TypeDef, Local, Global, Tag, DataSegment, HeapType (REF_NULL), RefType
 *       (REF_TEST/REF_CAST; BR_ON_CAST source), BlockType or ValType (SELECT_T);</li>
 *   <li>{@code ref2}: ARRAY_COPY's source array type, TYPE_DATA's DataSegment, BR_ON_CAST's target RefType;</li>
 *   <li>{@code labels}: BR_TABLE depths, the last one being the default;</li>
 *   <li>{@code catches}: TRY_TABLE's clauses.</li>
 * </ul>
 */
public final class Instr {
    public final Op op;
    public final long num;
    public final int align;
    public final Object ref;
    public final Object ref2;
    public final int[] labels;
    public final List<Catch> catches;

    private Instr(Op op, long num, int align, Object ref, Object ref2, int[] labels, List<Catch> catches) {
        this.op = op;
        this.num = num;
        this.align = align;
        this.ref = ref;
        this.ref2 = ref2;
        this.labels = labels;
        this.catches = catches;
    }

    private static Instr of(Op op, Op.Imm expected, long num, Object ref, Object ref2) {
        if (op.imm != expected) throw new IllegalArgumentException(op + " takes " + op.imm + ", not " + expected);
        return new Instr(op, num, 0, ref, ref2, null, null);
    }

    /** An instruction without immediates ({@code i32.add}, {@code drop}, {@code end}, {@code array.len}...). */
    public static Instr simple(Op op) { return of(op, Op.Imm.NONE, 0, null, null); }

    public static Instr i32Const(int v) { return of(Op.I32_CONST, Op.Imm.I32, v, null, null); }
    public static Instr i64Const(long v) { return of(Op.I64_CONST, Op.Imm.I64, v, null, null); }
    public static Instr f32Const(float v) { return f32ConstBits(Float.floatToRawIntBits(v)); }
    public static Instr f32ConstBits(int bits) { return of(Op.F32_CONST, Op.Imm.F32, bits & 0xffffffffL, null, null); }
    public static Instr f64Const(double v) { return f64ConstBits(Double.doubleToRawLongBits(v)); }
    public static Instr f64ConstBits(long bits) { return of(Op.F64_CONST, Op.Imm.F64, bits, null, null); }

    public static Instr localGet(Local l) { return of(Op.LOCAL_GET, Op.Imm.LOCAL, 0, l, null); }
    public static Instr localSet(Local l) { return of(Op.LOCAL_SET, Op.Imm.LOCAL, 0, l, null); }
    public static Instr localTee(Local l) { return of(Op.LOCAL_TEE, Op.Imm.LOCAL, 0, l, null); }
    public static Instr globalGet(Global g) { return of(Op.GLOBAL_GET, Op.Imm.GLOBAL, 0, g, null); }
    public static Instr globalSet(Global g) { return of(Op.GLOBAL_SET, Op.Imm.GLOBAL, 0, g, null); }

    public static Instr call(Func f) { return of(Op.CALL, Op.Imm.FUNC, 0, f, null); }
    public static Instr returnCall(Func f) { return of(Op.RETURN_CALL, Op.Imm.FUNC, 0, f, null); }
    public static Instr callRef(TypeDef funcType) { return of(Op.CALL_REF, Op.Imm.TYPE, 0, funcType, null); }
    public static Instr returnCallRef(TypeDef funcType) { return of(Op.RETURN_CALL_REF, Op.Imm.TYPE, 0, funcType, null); }
    public static Instr refFunc(Func f) { return of(Op.REF_FUNC, Op.Imm.FUNC, 0, f, null); }

    public static Instr block(BlockType t) { return of(Op.BLOCK, Op.Imm.BLOCK_TYPE, 0, t, null); }
    public static Instr loop(BlockType t) { return of(Op.LOOP, Op.Imm.BLOCK_TYPE, 0, t, null); }
    public static Instr if_(BlockType t) { return of(Op.IF, Op.Imm.BLOCK_TYPE, 0, t, null); }
    public static Instr else_() { return simple(Op.ELSE); }
    public static Instr end() { return simple(Op.END); }
    public static Instr br(int depth) { return of(Op.BR, Op.Imm.LABEL, depth, null, null); }
    public static Instr brIf(int depth) { return of(Op.BR_IF, Op.Imm.LABEL, depth, null, null); }
    public static Instr brOnNull(int depth) { return of(Op.BR_ON_NULL, Op.Imm.LABEL, depth, null, null); }
    public static Instr brOnNonNull(int depth) { return of(Op.BR_ON_NON_NULL, Op.Imm.LABEL, depth, null, null); }

    /** {@code br_table}: {@code depths} for the indexed targets, then the default. */
    public static Instr brTable(int[] depths, int defaultDepth) {
        int[] all = java.util.Arrays.copyOf(depths, depths.length + 1);
        all[depths.length] = defaultDepth;
        return new Instr(Op.BR_TABLE, 0, 0, null, null, all, null);
    }

    public static Instr tryTable(BlockType t, List<Catch> catches) {
        return new Instr(Op.TRY_TABLE, 0, 0, t, null, null, List.copyOf(catches));
    }

    public static Instr throw_(Tag tag) { return of(Op.THROW, Op.Imm.TAG, 0, tag, null); }
    public static Instr throwRef() { return simple(Op.THROW_REF); }
    public static Instr selectT(ValType t) { return of(Op.SELECT_T, Op.Imm.VAL_TYPE, 0, t, null); }

    public static Instr refNull(HeapType h) { return of(Op.REF_NULL, Op.Imm.HEAP_TYPE, 0, h, null); }
    public static Instr refTest(RefType t) { return of(Op.REF_TEST, Op.Imm.REF_TYPE, 0, t, null); }
    public static Instr refCast(RefType t) { return of(Op.REF_CAST, Op.Imm.REF_TYPE, 0, t, null); }

    /** {@code br_on_cast depth from to}: branches if the operand (of type {@code from}) is a {@code to}. */
    public static Instr brOnCast(int depth, RefType from, RefType to) {
        return of(Op.BR_ON_CAST, Op.Imm.BR_ON_CAST, depth, from, to);
    }

    public static Instr brOnCastFail(int depth, RefType from, RefType to) {
        return of(Op.BR_ON_CAST_FAIL, Op.Imm.BR_ON_CAST, depth, from, to);
    }

    public static Instr structNew(TypeDef t) { return of(Op.STRUCT_NEW, Op.Imm.TYPE, 0, t, null); }
    public static Instr structNewDefault(TypeDef t) { return of(Op.STRUCT_NEW_DEFAULT, Op.Imm.TYPE, 0, t, null); }
    public static Instr structGet(TypeDef t, int field) { return of(Op.STRUCT_GET, Op.Imm.TYPE_FIELD, field, t, null); }
    public static Instr structGetS(TypeDef t, int field) { return of(Op.STRUCT_GET_S, Op.Imm.TYPE_FIELD, field, t, null); }
    public static Instr structGetU(TypeDef t, int field) { return of(Op.STRUCT_GET_U, Op.Imm.TYPE_FIELD, field, t, null); }
    public static Instr structSet(TypeDef t, int field) { return of(Op.STRUCT_SET, Op.Imm.TYPE_FIELD, field, t, null); }

    public static Instr arrayNew(TypeDef t) { return of(Op.ARRAY_NEW, Op.Imm.TYPE, 0, t, null); }
    public static Instr arrayNewDefault(TypeDef t) { return of(Op.ARRAY_NEW_DEFAULT, Op.Imm.TYPE, 0, t, null); }
    public static Instr arrayNewFixed(TypeDef t, int count) { return of(Op.ARRAY_NEW_FIXED, Op.Imm.TYPE_COUNT, count, t, null); }
    public static Instr arrayNewData(TypeDef t, DataSegment d) { return of(Op.ARRAY_NEW_DATA, Op.Imm.TYPE_DATA, 0, t, d); }
    public static Instr arrayInitData(TypeDef t, DataSegment d) { return of(Op.ARRAY_INIT_DATA, Op.Imm.TYPE_DATA, 0, t, d); }
    public static Instr arrayGet(TypeDef t) { return of(Op.ARRAY_GET, Op.Imm.TYPE, 0, t, null); }
    public static Instr arrayGetS(TypeDef t) { return of(Op.ARRAY_GET_S, Op.Imm.TYPE, 0, t, null); }
    public static Instr arrayGetU(TypeDef t) { return of(Op.ARRAY_GET_U, Op.Imm.TYPE, 0, t, null); }
    public static Instr arraySet(TypeDef t) { return of(Op.ARRAY_SET, Op.Imm.TYPE, 0, t, null); }
    public static Instr arrayFill(TypeDef t) { return of(Op.ARRAY_FILL, Op.Imm.TYPE, 0, t, null); }
    public static Instr arrayCopy(TypeDef dst, TypeDef src) { return of(Op.ARRAY_COPY, Op.Imm.TYPE_TYPE, 0, dst, src); }

    /** A load or store with a memarg: {@code align} is log2 of the natural alignment (e.g. 2 for i32.load). */
    public static Instr memory(Op op, int offset, int align) {
        if (op.imm != Op.Imm.MEMARG) throw new IllegalArgumentException(op + " takes no memarg");
        return new Instr(op, offset & 0xffffffffL, align, null, null, null, null);
    }

    /** {@code memory.size}, {@code memory.grow}, {@code memory.copy}, {@code memory.fill} on memory 0. */
    public static Instr memoryOp(Op op) { return of(op, Op.Imm.MEMORY, 0, null, null); }
    public static Instr memoryInit(DataSegment d) { return of(Op.MEMORY_INIT, Op.Imm.DATA, 0, d, null); }
    public static Instr dataDrop(DataSegment d) { return of(Op.DATA_DROP, Op.Imm.DATA, 0, d, null); }

    @Override
    public String toString() {
        return op.text() + (ref != null ? " " + ref : "") + (op.imm == Op.Imm.NONE || ref != null ? "" : " " + num);
    }
}
