package dev.kiln.opt.flow;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.JType;
import dev.kiln.opt.ConstantFolding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a primitive value may have, kept in the same {@link BitSet}s as the types, with ids above the
 * {@link TypeUniverse}'s: one id per constant seen, and {@link #any} for "any value". A flow that would hold more
 * than {@link #LIMIT} constants holds {@link #any} as well. Int-like values ({@code boolean}, {@code byte},
 * {@code char}, {@code short}, {@code int}) are {@code Integer}s; {@code long}, {@code float} and {@code double}
 * values their own boxes (a flow only ever holds constants of its value's type, so ids of different kinds never
 * meet). This is what lets the analysis see that a {@code boolean} field is only ever false (a stream's
 * {@code parallel} flag when nothing calls {@code parallel()}) and read only the side of a branch on it that can
 * run, or that {@code new HashMap<>(16, 0.75f)} never takes the branch that formats a bad load factor (and with it
 * reaches all of float-to-text conversion).
 */
final class PrimitiveValues {
    static final int LIMIT = 16;

    /** The id meaning "any value"; constants' ids follow it. */
    final int any;
    private final Map<Object, Integer> ids = new HashMap<>();
    private final List<Object> values = new ArrayList<>();
    private final BitSet anyBits = new BitSet();

    PrimitiveValues(int firstId) {
        this.any = firstId;
        anyBits.set(any);
    }

    static boolean isIntLike(JType t) {
        return switch (t.kind()) {
            case BOOLEAN, BYTE, CHAR, SHORT, INT -> true;
            default -> false;
        };
    }

    /** The primitive types whose values the analysis follows: all of them. */
    static boolean isTracked(JType t) {
        return isIntLike(t) || t.equals(JType.LONG) || t.equals(JType.FLOAT) || t.equals(JType.DOUBLE);
    }

    /** A set holding only {@link #any} (shared: do not modify). */
    BitSet anyValue() {
        return anyBits;
    }

    BitSet of(int value) {
        return of((Object) value);
    }

    /**
     * The set of one constant: an {@code Integer}, {@code Long}, {@code Float} or {@code Double}. {@code Float} and
     * {@code Double} compare by their bits ({@code equals}), so {@code 0.0} and {@code -0.0} are two constants and
     * all NaNs one.
     */
    BitSet of(Object value) {
        BitSet out = new BitSet();
        out.set(id(value));
        return out;
    }

    /** The default value of a field of type {@code t} (a tracked primitive). */
    BitSet zero(JType t) {
        return switch (t.kind()) {
            case LONG -> of(0L);
            case FLOAT -> of(0.0f);
            case DOUBLE -> of(0.0);
            default -> of(0);
        };
    }

    private int id(Object value) {
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

    /** The constants in {@code bits}, which belong to an int-like value. */
    int[] constants(BitSet bits) {
        int[] out = new int[count(bits)];
        int k = 0;
        for (int id = bits.nextSetBit(any + 1); id >= 0; id = bits.nextSetBit(id + 1)) out[k++] = (Integer) values.get(id - any - 1);
        return out;
    }

    /** The constants in {@code bits}, of any kind. */
    List<Object> values(BitSet bits) {
        List<Object> out = new ArrayList<>();
        for (int id = bits.nextSetBit(any + 1); id >= 0; id = bits.nextSetBit(id + 1)) out.add(values.get(id - any - 1));
        return out;
    }

    /** True for the operations {@link #fold} computes: int arithmetic, and comparisons of longs, floats and doubles. */
    static boolean folds(BinaryOp op, JType type) {
        if (op.isComparison()) return type.equals(JType.LONG) || type.equals(JType.FLOAT) || type.equals(JType.DOUBLE);
        return type.equals(JType.INT);
    }

    /** {@code a op b} with Java's semantics, or null where it throws (division by zero). */
    static Integer fold(BinaryOp op, Object a, Object b) {
        if (op.isComparison()) return ConstantFolding.compare(op, a, b);
        return ConstantFolding.binary(op, (int) (Integer) a, (int) (Integer) b);
    }

    static boolean compare(CondOp op, int a, int b) {
        return ConstantFolding.compare(op, a, b);
    }
}
