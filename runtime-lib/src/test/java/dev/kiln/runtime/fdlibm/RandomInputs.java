package dev.kiln.runtime.fdlibm;

import java.util.SplittableRandom;

/**
 * Random arguments from several distributions at once, so that one run covers every path: uniformly
 * random bit patterns (mostly huge or tiny magnitudes), uniform values in the ranges where the functions
 * vary most, and values with a uniformly random binary exponent, subnormals included.
 */
final class RandomInputs {
    private RandomInputs() {
    }

    /** One argument. */
    static double single(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> (random.nextDouble() - 0.5) * 8;
            case 2 -> (random.nextDouble() - 0.5) * 1500;
            case 3 -> random.nextDouble() * 2;
            case 4 -> Math.scalb(random.nextDouble() - 0.5, random.nextInt(2100) - 1075);
            default -> (random.nextDouble() - 0.5) * 0x1p40;
        };
    }

    /** Two independent arguments. */
    static void pair(SplittableRandom random, double[] pair) {
        pair[0] = single(random);
        pair[1] = single(random);
    }

    /** Two arguments, often of similar magnitude (where hypot's two methods meet) or scaled far apart. */
    static void hypotPair(SplittableRandom random, double[] pair) {
        pair[0] = single(random);
        pair[1] = switch (random.nextInt(3)) {
            case 0 -> single(random);
            case 1 -> pair[0] * (0.25 + 4 * random.nextDouble());
            default -> Math.scalb(pair[0] * random.nextDouble(), random.nextInt(140) - 70);
        };
    }

    /** A dividend and a divisor, often with a quotient near a half-integer (the ties of IEEEremainder). */
    static void remainderPair(SplittableRandom random, double[] pair) {
        pair[1] = single(random);
        pair[0] = switch (random.nextInt(3)) {
            case 0 -> single(random);
            case 1 -> pair[1] * ((random.nextInt(2000) - 1000) + 0.5);
            default -> pair[1] * (random.nextDouble() - 0.5) * 0x1p30;
        };
    }

    /**
     * A base and an exponent: independent values; bases near 1 with huge exponents; negative bases with
     * integral exponents; and exponents chosen so that the result lands anywhere from subnormal to
     * overflow, most often near the thresholds.
     */
    static void powPair(SplittableRandom random, double[] pair) {
        switch (random.nextInt(5)) {
            case 0 -> pair(random, pair);
            case 1 -> {
                pair[0] = 1.0 + (random.nextDouble() - 0.5) * 0x1p-18;
                pair[1] = (random.nextDouble() - 0.5) * 0x1p34;
            }
            case 2 -> {
                pair[0] = -random.nextDouble() * 20;
                pair[1] = random.nextInt(2000) - 1000;
            }
            default -> {
                double base = Math.abs(single(random));
                double log2 = Math.log(base) / Math.log(2);
                double target = random.nextBoolean() ? random.nextDouble() * 2110 - 1080
                        : (random.nextBoolean() ? 1024 : -1075) + (random.nextDouble() - 0.5) * 4;
                pair[0] = random.nextBoolean() ? base : -base;
                pair[1] = log2 == 0 ? target : target / log2;
            }
        }
    }
}
