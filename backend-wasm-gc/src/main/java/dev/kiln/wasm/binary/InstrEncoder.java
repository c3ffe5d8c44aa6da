package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.HeapType;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;

/**
 * Encodes one instruction: its opcode (a byte, or a prefix byte and a LEB128 sub-opcode) followed by the
 * immediates its {@link Op.Imm} kind calls for. Structure is checked by {@link BodyChecker} beforehand;
 * here only index lookups can fail.
 */
final class InstrEncoder {
    /** The memory index byte: Kiln modules have exactly one memory, memory 0. */
    private static final int MEMORY_ZERO = 0x00;
    private static final int CAST_SOURCE_NULLABLE = 1;
    private static final int CAST_TARGET_NULLABLE = 2;

    private final Indices indices;
    private final TypeEncoder types;

    InstrEncoder(Indices indices, TypeEncoder types) {
        this.indices = indices;
        this.types = types;
    }

    void encode(ByteSink out, Instr i) {
        opcode(out, i);
        switch (i.op.imm) {
            case NONE -> { }
            case BLOCK_TYPE -> types.blockType(out, (BlockType) i.ref);
            case LABEL -> out.u32((int) i.num);
            case LABEL_TABLE -> {
                out.u32(i.labels.length - 1);
                for (int depth : i.labels) out.u32(depth);
            }
            case FUNC -> out.u32(indices.of((Func) i.ref));
            case TYPE -> out.u32(indices.of((TypeDef) i.ref));
            case TYPE_FIELD, TYPE_COUNT -> {
                out.u32(indices.of((TypeDef) i.ref));
                out.u32((int) i.num);
            }
            case TYPE_DATA -> {
                out.u32(indices.of((TypeDef) i.ref));
                out.u32(indices.of((DataSegment) i.ref2));
            }
            case TYPE_TYPE -> {
                out.u32(indices.of((TypeDef) i.ref));
                out.u32(indices.of((TypeDef) i.ref2));
            }
            case LOCAL -> out.u32(((Local) i.ref).index());
            case GLOBAL -> out.u32(indices.of((Global) i.ref));
            case TAG -> out.u32(indices.of((Tag) i.ref));
            case MEMARG -> {
                out.u32(i.align);
                out.u32((int) i.num);
            }
            case MEMORY -> {
                out.u8(MEMORY_ZERO);
                if (i.op == Op.MEMORY_COPY) out.u8(MEMORY_ZERO);
            }
            case DATA -> {
                out.u32(indices.of((DataSegment) i.ref));
                if (i.op == Op.MEMORY_INIT) out.u8(MEMORY_ZERO);
            }
            case I32 -> out.sleb((int) i.num);
            case I64 -> out.sleb(i.num);
            case F32 -> out.fixed(i.num, 4);
            case F64 -> out.fixed(i.num, 8);
            case HEAP_TYPE -> types.heapType(out, (HeapType) i.ref);
            case REF_TYPE -> types.heapType(out, ((RefType) i.ref).heap());
            case BR_ON_CAST -> {
                RefType from = (RefType) i.ref;
                RefType to = (RefType) i.ref2;
                out.u8((from.nullable() ? CAST_SOURCE_NULLABLE : 0) | (to.nullable() ? CAST_TARGET_NULLABLE : 0));
                out.u32((int) i.num);
                types.heapType(out, from.heap());
                types.heapType(out, to.heap());
            }
            case TRY_TABLE -> {
                types.blockType(out, (BlockType) i.ref);
                out.u32(i.catches.size());
                for (Catch c : i.catches) {
                    out.u8(c.kind().code);
                    if (c.tag() != null) out.u32(indices.of(c.tag()));
                    out.u32(c.label());
                }
            }
            case VAL_TYPE -> {
                out.u32(1);
                types.valType(out, (ValType) i.ref);
            }
        }
    }

    /** {@code ref.test} and {@code ref.cast} to a nullable type are separate opcodes, one above the non-null ones. */
    private static void opcode(ByteSink out, Instr i) {
        int code = i.op.code;
        if ((i.op == Op.REF_TEST || i.op == Op.REF_CAST) && ((RefType) i.ref).nullable()) code++;
        if (i.op.prefix < 0) {
            out.u8(code);
        } else {
            out.u8(i.op.prefix);
            out.u32(code);
        }
    }
}
