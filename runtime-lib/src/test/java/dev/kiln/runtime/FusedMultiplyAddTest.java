package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link FusedMultiplyAdd} against the JDK's {@code Math.fma}, which is exact by specification,
 * bit for bit: special values crossed with each other, then random operands chosen to hit the hard
 * cases (sums that cancel almost completely, addends just below half an ulp of the product or far below
 * a product that is a tie, results near the subnormal and overflow thresholds) besides uniformly random
 * bit patterns.
 */
class FusedMultiplyAddTest {
    private static final int RANDOM_TRIPLES = 1_000_000;

    private static final double[] SPECIALS = {0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 0x1p-537, 0x1p-1074, -0x1p-1074,
        0x1p-1022, 0x1.fffffffffffffp-1023, 0x1p511, 0x1p1023, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0 + 0x1p-52, 1.0 - 0x1p-53, 0.1, 1e308};

    private static final float[] FLOAT_SPECIALS = {0f, -0f, 1f, -1f, 0.5f, 3f, 0x1p-75f, 0x1p-149f, -0x1p-149f,
        0x1p-126f, 0x1.fffffcp-127f, 0x1p63f, 0x1p127f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 1f + 0x1p-23f, 1f - 0x1p-24f, 0.1f, 3e38f};

    @Test
    void doublesMatchTheJdk() {
        List<String> mismatches = new ArrayList<>();
        for (double a : SPECIALS) {
            for (double b : SPECIALS) {
                for (double c : SPECIALS) {
                    check(a, b, c, mismatches);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < RANDOM_TRIPLES; i++) {
            double a = operand(random);
            double b = operand(random);
            double c = addend(random, a * b);
            check(a, b, c, mismatches);
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, e.g.\n" + String.join("\n", mismatches.subList(0, Math.min(8, mismatches.size()))));
    }

    @Test
    void floatsMatchTheJdk() {
        List<String> mismatches = new ArrayList<>();
        for (float a : FLOAT_SPECIALS) {
            for (float b : FLOAT_SPECIALS) {
                for (float c : FLOAT_SPECIALS) {
                    check(a, b, c, mismatches);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < RANDOM_TRIPLES; i++) {
            float a = (float) operand(random);
            float b = (float) operand(random);
            float c = (float) addend(random, (double) a * b);
            switch (random.nextInt(4)) {
                case 0 -> {
                    a = Float.intBitsToFloat(random.nextInt());
                    b = Math.scalb(1f + random.nextFloat(), random.nextInt(60) - 130);
                    c = Math.scalb(random.nextFloat() - 0.5f, random.nextInt(40) - 149);
                }
                case 1 -> {
                    a = Math.scalb(1f + random.nextInt(1 << 13) * 0x1p-13f, random.nextInt(60));
                    b = Math.scalb(1f + random.nextInt(1 << 13) * 0x1p-13f, random.nextInt(60));
                    c = Math.scalb(a * b * (random.nextBoolean() ? 1f : -1f), -(26 + random.nextInt(150)));
                }
                default -> {
                }
            }
            check(a, b, c, mismatches);
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, e.g.\n" + String.join("\n", mismatches.subList(0, Math.min(8, mismatches.size()))));
    }

    private static double operand(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> (random.nextDouble() - 0.5) * 16;
            case 2 -> Math.scalb(1.0 + random.nextDouble(), random.nextInt(2100) - 1075) * (random.nextBoolean() ? 1 : -1);
            case 3 -> Math.scalb(1.0 + (random.nextLong() >>> 40) * 0x1p-24, random.nextInt(40) - 20);
            default -> Math.scalb(1.0 + (random.nextLong() >>> 36) * 0x1p-28, random.nextInt(40) - 20);
        };
    }

    /**
     * An addend for the rounded product p: independent, cancelling it, a scaled copy of it, or one so far
     * below it that only its sign matters (it breaks the tie when the exact product lies halfway between
     * two doubles, as products of 28-bit significands often do).
     */
    private static double addend(SplittableRandom random, double p) {
        return switch (random.nextInt(6)) {
            case 5 -> p * Math.scalb(random.nextBoolean() ? 1.0 : -1.0, -(54 + random.nextInt(200)));
            case 0 -> operand(random);
            case 1 -> -p;
            case 2 -> -p + Math.ulp(p) * (random.nextInt(9) - 4) / 2;
            case 3 -> p * Math.scalb(random.nextBoolean() ? 1.0 : 1.5, -(random.nextInt(70)));
            default -> Math.scalb(random.nextDouble() - 0.5, random.nextInt(2100) - 1075);
        };
    }

    private static void check(double a, double b, double c, List<String> mismatches) {
        double kiln = FusedMultiplyAdd.fma(a, b, c);
        double jdk = Math.fma(a, b, c);
        boolean same = Double.isNaN(kiln) ? Double.isNaN(jdk) : Double.doubleToRawLongBits(kiln) == Double.doubleToRawLongBits(jdk);
        if (!same) {
            mismatches.add("fma(" + Double.toHexString(a) + ", " + Double.toHexString(b) + ", " + Double.toHexString(c) + ") = "
                    + Double.toHexString(kiln) + ", JDK " + Double.toHexString(jdk));
        }
    }

    private static void check(float a, float b, float c, List<String> mismatches) {
        float kiln = FusedMultiplyAdd.fma(a, b, c);
        float jdk = Math.fma(a, b, c);
        boolean same = Float.isNaN(kiln) ? Float.isNaN(jdk) : Float.floatToRawIntBits(kiln) == Float.floatToRawIntBits(jdk);
        if (!same) {
            mismatches.add("fma(" + Float.toHexString(a) + "f, " + Float.toHexString(b) + "f, " + Float.toHexString(c) + "f) = "
                    + Float.toHexString(kiln) + ", JDK " + Float.toHexString(jdk));
        }
    }
}
