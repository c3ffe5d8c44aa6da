package dev.kiln.frontend.lift;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Insn;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.HashSet;
import java.util.Set;

/**
 * The JVM narrows an int stored into boolean, byte, char or short storage: ireturn from a method of such
 * a return type (to the type as i2b/i2c/i2s would, boolean by {@code & 1}), bastore into a boolean array,
 * bastore/castore/sastore (truncation), and putfield/putstatic of such a field (JVMS 6.5). The lifter
 * makes this explicit, so every value that reaches packed storage in the IR is already in range.
 *
 * <p>Values that are in range by construction need nothing: constants in range, loads from storage of the
 * same (or a narrower) type, call results of such a return type, {@code instanceof}, conversions to the
 * type, comparisons (-1..1) for byte and short, bitwise combinations of in-range values, and phis of any of
 * those. Parameters are not trusted: a caller written in bytecode may pass 2 for a boolean.
 *
 * <p>The check is a conjunction over the definitions a value depends on; a phi met again while its own
 * inputs are being checked is assumed in range, which holds by induction around the loop (every value
 * entering the cycle is checked).
 */
final class StoreNarrowing {
    private final BlockEmitter out;
    private final SsaBuilder ssa;

    StoreNarrowing(BlockEmitter out, SsaBuilder ssa) {
        this.out = out;
        this.ssa = ssa;
    }

    /** {@code v} narrowed for storage of type {@code storage}: v itself if it needs nothing. */
    Value narrow(Value v, JType storage) {
        if (!isPacked(storage) || inRange(v, storage, new HashSet<>())) return v;
        if (storage.equals(JType.BOOLEAN)) {
            Value one = out.constant(1, JType.INT);
            return out.emit(new Insn.Binary(out.value(JType.INT), BinaryOp.AND, JType.INT, v, one));
        }
        return out.emit(new Insn.Convert(out.value(JType.INT), JType.INT, storage, v));
    }

    private static boolean isPacked(JType t) {
        return switch (t.kind()) {
            case BOOLEAN, BYTE, CHAR, SHORT -> true;
            default -> false;
        };
    }

    private boolean inRange(Value v, JType t, Set<Value> visiting) {
        Object def = v.definition();
        if (def instanceof Phi phi) {
            if (!visiting.add(v)) return true;
            if (!ssa.isSealed(phi.block())) return false;
            for (Phi.Input in : phi.inputs()) if (!inRange(in.value(), t, visiting)) return false;
            return true;
        }
        if (def instanceof Insn.Const) return constantInRange(v, t);
        if (def instanceof Insn.Convert c) return fits(c.to(), t);
        if (def instanceof Insn.GetField g) return fits(g.field().type(), t);
        if (def instanceof Insn.GetStatic g) return fits(g.field().type(), t);
        if (def instanceof Insn.ArrayLoad a) return fits(a.componentType(), t);
        if (def instanceof Insn.Invoke i) return fits(i.method().sig().ret(), t);
        if (def instanceof Insn.InstanceOf) return true;
        if (def instanceof Insn.Binary b) return binaryInRange(b, t, visiting);
        return false;
    }

    private boolean binaryInRange(Insn.Binary b, JType t, Set<Value> visiting) {
        return switch (b.op()) {
            case CMP, CMPL, CMPG -> t.equals(JType.BYTE) || t.equals(JType.SHORT);
            // AND only clears bits, so for an unsigned range a constant mask in range bounds the result.
            case AND -> unsigned(t) && (constantInRange(b.operand(0), t) || constantInRange(b.operand(1), t))
                    || inRange(b.operand(0), t, visiting) && inRange(b.operand(1), t, visiting);
            case OR, XOR -> inRange(b.operand(0), t, visiting) && inRange(b.operand(1), t, visiting);
            default -> false;
        };
    }

    private static boolean unsigned(JType t) {
        return t.equals(JType.BOOLEAN) || t.equals(JType.CHAR);
    }

    private static boolean constantInRange(Value v, JType t) {
        return v.definition() instanceof Insn.Const c && c.value() instanceof Integer i && fits(i, t);
    }

    private static boolean fits(int value, JType t) {
        return switch (t.kind()) {
            case BOOLEAN -> value == 0 || value == 1;
            case BYTE -> value == (byte) value;
            case CHAR -> value == (char) value;
            default -> value == (short) value;
        };
    }

    /** True if every value of type {@code from} is a value of {@code to}. */
    private static boolean fits(JType from, JType to) {
        if (from.equals(to) || from.equals(JType.BOOLEAN)) return true;
        return from.equals(JType.BYTE) && to.equals(JType.SHORT);
    }
}
