package dev.kiln.opt.flow;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.JType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an {@code int}-like value ({@code boolean}, {@code byte}, {@code char}, {@code short}, {@code int}) may
 * have, kept in the same {@link BitSet}s as the types, with ids above the {@link TypeUniverse}'s: one id per
 * constant seen, and {@link #any} for "any value". A flow that would hold more than {@link #LIMIT} constants holds
 * {@link #any} as well. This is what lets the analysis see that a {@code boolean} field is only ever false (a
 * stream's {@code parallel} flag when nothing calls {@code parallel()}) and read only the side of a branch on it
 * that can run.
 */
final class IntValues {
    static final int LIMIT = 16;

    /** The id meaning "any value"; constants' ids follow it. */
    final int any;
    private final Map<Integer, Integer> ids = new HashMap<>();
    private final List<Integer> values = new ArrayList<>();
    private final BitSet anyBits = new BitSet();

    IntValues(int firstId) {
        this.any = firstId;
        anyBits.set(any);
    }

    static boolean isIntLike(JType t) {
        return switch (t.kind()) {
            case BOOLEAN, BYTE, CHAR, SHORT, INT -> true;
            default -> false;
        };
    }

    /** A set holding only {@link #any} (shared: do not modify). */
    BitSet anyValue() {
        return anyBits;
    }

    BitSet of(int value) {
        BitSet out = new BitSet();
        out.set(id(value));
        return out;
    }

    private int id(int value) {
        return ids.computeIfAbsent(value, v -> {
            values.add(v);
            return any + values.size();
        });
    }

    /** The number of constants {@code bits} holds. */
    int count(BitSet bits) {
        int n = 0;
        for (int id = bits.nextSetBit(any + 1); id >= 0; id = bits.nextSetBit(id + 1)) n++;
        return n;
    }

    /** True if {@code bits} holds a constant. */
    boolean hasConstants(BitSet bits) {
        return bits.nextSetBit(any + 1) >= 0;
    }

    /** The constants in {@code bits}. */
    int[] constants(BitSet bits) {
        int[] out = new int[count(bits)];
        int k = 0;
        for (int id = bits.nextSetBit(any + 1); id >= 0; id = bits.nextSetBit(id + 1)) out[k++] = values.get(id - any - 1);
        return out;
    }

    /** True for the operations {@link #fold} computes on ints. */
    static boolean folds(BinaryOp op, JType type) {
        return type.equals(JType.INT) && !op.isComparison();
    }

    /** {@code a op b} with Java's int semantics, or null where it throws (division by zero). */
    static Integer fold(BinaryOp op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? null : a / b;
            case REM -> b == 0 ? null : a % b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SHL -> a << b;
            case SHR -> a >> b;
            case USHR -> a >>> b;
            case CMP, CMPL, CMPG -> throw new IllegalArgumentException(op + " does not fold on ints");
        };
    }

    static boolean compare(CondOp op, int a, int b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case GE -> a >= b;
            case GT -> a > b;
            case LE -> a <= b;
        };
    }
}
