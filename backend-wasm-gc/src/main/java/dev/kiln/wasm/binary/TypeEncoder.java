package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.HeapType;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.StorageType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.List;

/**
 * Encodes types. Type constructors are single bytes that read as small negative numbers when decoded as
 * signed LEB128, which is how the format tells them apart from (non-negative) type indices in block types
 * and heap types; so abstract heap types are written as their code byte and type indices as s33.
 */
final class TypeEncoder {
    private static final int REC = 0x4e;
    private static final int SUB = 0x50;
    private static final int SUB_FINAL = 0x4f;
    private static final int ARRAY = 0x5e;
    private static final int STRUCT = 0x5f;
    private static final int FUNC = 0x60;
    private static final int REF = 0x64;
    private static final int REF_NULL = 0x63;
    private static final int EMPTY_BLOCK = 0x40;

    private final Indices indices;

    TypeEncoder(Indices indices) {
        this.indices = indices;
    }

    /**
     * A recursion group. A group of one is written without the {@code rec} wrapper, which the spec defines
     * as the same group; a final type without a supertype also takes the short form (the bare composite).
     */
    void recGroup(ByteSink out, List<TypeDef> group) {
        if (group.size() != 1) {
            out.u8(REC);
            out.u32(group.size());
        }
        for (TypeDef t : group) subType(out, t);
    }

    private void subType(ByteSink out, TypeDef t) {
        if (t.supertype() != null || !t.isFinal()) {
            out.u8(t.isFinal() ? SUB_FINAL : SUB);
            if (t.supertype() == null) {
                out.u32(0);
            } else {
                out.u32(1);
                out.u32(indices.of(t.supertype()));
            }
        }
        composite(out, t.composite());
    }

    private void composite(ByteSink out, CompositeType c) {
        if (c instanceof CompositeType.Struct s) {
            out.u8(STRUCT);
            out.u32(s.fields().size());
            for (FieldType f : s.fields()) field(out, f);
        } else if (c instanceof CompositeType.Array a) {
            out.u8(ARRAY);
            field(out, a.element());
        } else {
            CompositeType.Func f = (CompositeType.Func) c;
            out.u8(FUNC);
            valTypes(out, f.params());
            valTypes(out, f.results());
        }
    }

    private void field(ByteSink out, FieldType f) {
        storage(out, f.type());
        out.u8(f.mutable() ? 1 : 0);
    }

    private void storage(ByteSink out, StorageType t) {
        if (t instanceof PackedType p) {
            out.u8(p.code);
        } else {
            valType(out, (ValType) t);
        }
    }

    void valTypes(ByteSink out, List<ValType> types) {
        out.u32(types.size());
        for (ValType t : types) valType(out, t);
    }

    void valType(ByteSink out, ValType t) {
        if (t instanceof NumType n) {
            out.u8(n.code);
        } else {
            refType(out, (RefType) t);
        }
    }

    /** {@code (ref null abstract)} has a one-byte shorthand (e.g. 0x70 funcref); everything else is spelled out. */
    void refType(ByteSink out, RefType t) {
        if (t.nullable() && t.heap() instanceof AbsHeapType a) {
            out.u8(a.code);
            return;
        }
        out.u8(t.nullable() ? REF_NULL : REF);
        heapType(out, t.heap());
    }

    void heapType(ByteSink out, HeapType h) {
        if (h instanceof AbsHeapType a) {
            out.u8(a.code);
        } else {
            out.sleb(indices.of((TypeDef) h));
        }
    }

    void blockType(ByteSink out, BlockType b) {
        if (b.funcType() != null) {
            out.sleb(indices.of(b.funcType()));
        } else if (b.result() != null) {
            valType(out, b.result());
        } else {
            out.u8(EMPTY_BLOCK);
        }
    }
}
