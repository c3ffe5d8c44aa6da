package dev.kiln.runtime.fdlibm;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Arguments where fdlibm changes method or where results are special: zeros, subnormals, the limits of
 * the format, infinities and NaNs, the high-word thresholds the algorithms branch on (each with its
 * neighbours), multiples of pi/2 (where reduction cancels), and the overflow and underflow thresholds
 * of exp, sinh, cosh and pow. Every value appears with both signs.
 */
final class EdgeInputs {
    /** High words fdlibm compares |x| with, in all the transcribed functions. */
    private static final int[] THRESHOLD_HIGH_WORDS = {
        0x00100000, 0x00200000, 0x20B00000, 0x3C600000, 0x3C800000, 0x3C900000, 0x3E200000, 0x3E300000,
        0x3E400000, 0x3FD33333, 0x3FD62E42, 0x3FD62E43, 0x3FDA827A, 0x3FD2BEC3, 0x3FDC0000, 0x3FE00000,
        0x3FE59428, 0x3FE60000, 0x3FE90000, 0x3FE921FB, 0x3FEF3333, 0x3FEFFFFF, 0x3FF00000, 0x3FF0A2B2,
        0x3FF30000, 0x3FF921FB, 0x40000000, 0x4002D97C, 0x40038000, 0x400921FB, 0x40360000, 0x4043687A,
        0x40862E42, 0x408633CE, 0x40874910, 0x40900000, 0x4090CC00, 0x413921FB, 0x41E00000, 0x43400000,
        0x43F00000, 0x44100000, 0x5F300000, 0x7FD00000, 0x7FDFFFFF, 0x7FE00000,
    };

    /** Zeros, subnormals, format limits, non-finite values, small integers, exp and sinh thresholds. */
    private static final double[] SPECIALS = {
        0.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, 0x0.fffffffffffffp-1022, Double.MIN_NORMAL,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
        Double.longBitsToDouble(0x7FF0000000000001L), Double.longBitsToDouble(0x7FFFFFFFFFFFFFFFL),
        1.0, 0.5, 2.0, 3.0, 1.5, 10.0, 100.0, 1e22, 1e23, 0.1, 0.25, 0.75, Math.PI, Math.E, 1e-300, 1e300,
        709.782712893384, 709.7827128933841, 745.1332191019411, 745.1332191019412, 710.4758600739439,
        710.475860073944, 1024.0, 1074.0, 1075.0, 0x1p-1022, 0x1p-1074, 0x1p31, 0x1p52, 0x1p53, 0x1p63,
        0x1p64, 6381956970095103.0 * 0x1p797, 5.0e-324, 0x1.921fb54442d18p19, 0x1.921fb54442d18p20,
    };

    private static final double[] VALUES = build(true);
    private static final double[] SPECIAL_VALUES = build(false);

    private EdgeInputs() {
    }

    /** The edge arguments, each once. */
    static double[] values() {
        return VALUES.clone();
    }

    /** The special values only (with neighbours and both signs): few enough to try every pair. */
    static double[] specialValues() {
        return SPECIAL_VALUES.clone();
    }

    private static double[] build(boolean withThresholds) {
        Set<Double> values = new LinkedHashSet<>();
        for (double v : SPECIALS) {
            addWithNeighbours(values, v);
        }
        if (withThresholds) {
            addThresholds(values);
        }
        double[] result = new double[values.size() * 2];
        int i = 0;
        for (double v : values) {
            result[i++] = v;
            result[i++] = -v;
        }
        return result;
    }

    private static void addThresholds(Set<Double> values) {
        for (int high : THRESHOLD_HIGH_WORDS) {
            addWithNeighbours(values, Words.fromWords(high, 0));
            addWithNeighbours(values, Words.fromWords(high, -1));
        }
        for (int k = 1; k <= 64; k++) {
            addWithNeighbours(values, k * (Math.PI / 2));
            addWithNeighbours(values, k * (Math.PI / 4));
        }
        for (int e = 20; e <= 1020; e += 50) {
            addWithNeighbours(values, Math.scalb(Math.PI / 2, e));
        }
    }

    private static void addWithNeighbours(Set<Double> values, double v) {
        values.add(v);
        if (!Double.isNaN(v)) {
            values.add(Math.nextUp(v));
            values.add(Math.nextDown(v));
        }
    }
}
