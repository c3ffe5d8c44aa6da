package dev.kiln.wasm.text;

import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.HeapType;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.Locale;

/**
 * The plain (unfolded) text of one instruction: mnemonic and immediates, with objects referred to by
 * their {@code $id}, branch labels by relative depth, and memargs in bytes with the defaults left out.
 */
final class InstrText {
    private final WatNames names;
    private final TypeText types;

    InstrText(WatNames names, TypeText types) {
        this.names = names;
        this.types = types;
    }

    /** {@code owner} is the function whose locals the instruction may name (null in a constant expression). */
    String text(Instr i, Func owner) {
        String op = i.op.text();
        return switch (i.op.imm) {
            case NONE, MEMORY -> op;
            case BLOCK_TYPE -> op + blockType((BlockType) i.ref);
            case LABEL -> op + " " + i.num;
            case LABEL_TABLE -> {
                StringBuilder sb = new StringBuilder(op);
                for (int depth : i.labels) sb.append(' ').append(depth);
                yield sb.toString();
            }
            case FUNC, GLOBAL, TAG, DATA, TYPE -> op + " " + names.id(i.ref);
            case TYPE_FIELD -> op + " " + names.id(i.ref) + " " + names.field((TypeDef) i.ref, (int) i.num);
            case TYPE_COUNT -> op + " " + names.id(i.ref) + " " + i.num;
            case TYPE_DATA, TYPE_TYPE -> op + " " + names.id(i.ref) + " " + names.id(i.ref2);
            case LOCAL -> op + " " + names.local(owner, (Local) i.ref);
            case MEMARG -> op + memarg(i);
            case I32, I64 -> op + " " + i.num;
            case F32 -> op + " " + f32((int) i.num);
            case F64 -> op + " " + f64(i.num);
            case HEAP_TYPE -> op + " " + types.heapType((HeapType) i.ref);
            case REF_TYPE -> op + " " + types.refType((RefType) i.ref);
            case BR_ON_CAST -> op + " " + i.num + " " + types.refType((RefType) i.ref) + " " + types.refType((RefType) i.ref2);
            case TRY_TABLE -> {
                StringBuilder sb = new StringBuilder(op).append(blockType((BlockType) i.ref));
                for (Catch c : i.catches) {
                    sb.append(" (").append(c.kind().name().toLowerCase(Locale.ROOT));
                    if (c.tag() != null) sb.append(' ').append(names.id(c.tag()));
                    sb.append(' ').append(c.label()).append(')');
                }
                yield sb.toString();
            }
            case VAL_TYPE -> op + " (result " + types.valType((ValType) i.ref) + ")";
        };
    }

    private String blockType(BlockType b) {
        if (b.funcType() != null) return " (type " + names.id(b.funcType()) + ")";
        return b.result() == null ? "" : " (result " + types.valType(b.result()) + ")";
    }

    /** The text format gives alignment in bytes and omits it when natural, and omits a zero offset. */
    private static String memarg(Instr i) {
        String s = i.num == 0 ? "" : " offset=" + i.num;
        return i.align == naturalAlign(i.op) ? s : s + " align=" + (1L << i.align);
    }

    /** log2 of the access width, read off the mnemonic: {@code i64.load8_u} is 0, {@code f64.store} is 3. */
    private static int naturalAlign(Op op) {
        String text = op.text();
        String access = text.substring(text.indexOf('.') + 1);
        if (access.contains("8")) return 0;
        if (access.contains("16")) return 1;
        if (access.contains("32")) return 2;
        return text.startsWith("i64") || text.startsWith("f64") ? 3 : 2;
    }

    /**
     * Java's decimal form: it has enough digits to identify the float uniquely, and WAT tools round decimal
     * literals correctly, so the bits survive the trip; {@code 1.0E10} is valid WAT syntax as it is.
     */
    static String f32(int bits) {
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f)) return nan(bits < 0, bits & 0x7fffff, 0x400000);
        if (Float.isInfinite(f)) return f > 0 ? "inf" : "-inf";
        return Float.toString(f);
    }

    static String f64(long bits) {
        double d = Double.longBitsToDouble(bits);
        if (Double.isNaN(d)) return nan(bits < 0, bits & 0xfffffffffffffL, 1L << 51);
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Double.toString(d);
    }

    /** The canonical NaN prints as {@code nan}; other payloads are kept, since Kiln preserves them. */
    private static String nan(boolean negative, long payload, long canonical) {
        return (negative ? "-" : "") + (payload == canonical ? "nan" : "nan:0x" + Long.toHexString(payload));
    }
}
