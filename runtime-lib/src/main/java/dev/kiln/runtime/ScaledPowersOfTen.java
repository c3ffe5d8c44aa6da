package dev.kiln.runtime;

/**
 * For each decimal exponent {@code k} that conversion between decimal and {@code float} or {@code double}
 * needs, the 126-bit integer {@code g(k) = floor(10^-k * 2^r(k))} with {@code r(k)} chosen
 * so that {@code 2^125 <= g(k) < 2^126}, and whether that floor was exact.
 *
 * <p>Entries are computed on first use with exact {@link BigNat} arithmetic rather than stored as a
 * table in the code: the class initializer only allocates three arrays, and a program that prints a few
 * numbers computes a few entries.
 */
final class ScaledPowersOfTen {
    /** The smallest k: {@code floor(log10(2^-1074))}. */
    static final int K_MIN = -324;
    /** The largest k: {@code 10^-343} scales the smallest 19-digit decimal that can round to non-zero. */
    static final int K_MAX = 343;

    private static final long[] G = new long[2 * (K_MAX - K_MIN + 1)];
    /** Per entry: {@code 4 * r + 2 * exact + 1}, or 0 if the entry is not computed yet. */
    private static final int[] META = new int[K_MAX - K_MIN + 1];

    private ScaledPowersOfTen() {
    }

    /** The upper 62 bits of {@code g(k)}. */
    static long high(int k) {
        return G[2 * index(k)];
    }

    /** The lower 64 bits of {@code g(k)}. */
    static long low(int k) {
        return G[2 * index(k) + 1];
    }

    /** {@code r(k)}: {@code g(k)} approximates {@code 10^-k * 2^r(k)}. */
    static int exponent(int k) {
        return META[index(k)] >> 2;
    }

    /** Whether {@code g(k)} equals {@code 10^-k * 2^r(k)} exactly. */
    static boolean isExact(int k) {
        return (META[index(k)] & 2) != 0;
    }

    private static int index(int k) {
        int i = k - K_MIN;
        if (META[i] == 0) {
            compute(k, i);
        }
        return i;
    }

    private static void compute(int k, int i) {
        BigNat power = BigNat.of(1);
        power.mulPow10(Math.abs(k));
        int bits = power.bitLength();
        int r;
        boolean exact;
        if (k <= 0) {
            r = 126 - bits;
            if (r >= 0) {
                power.shiftLeft(r);
                exact = true;
            } else {
                exact = power.lowBitsZero(-r);
            }
            int from = Math.max(-r, 0);
            G[2 * i] = power.bitsAt(from + 64);
            G[2 * i + 1] = power.bitsAt(from);
        } else {
            r = bits + 125;
            BigNat num = BigNat.of(1);
            num.shiftLeft(r);
            BigNat shifted = power.copy();
            shifted.shiftLeft(64);
            G[2 * i] = BigNat.divide(num, shifted, 62);
            G[2 * i + 1] = BigNat.divide(num, power, 64);
            exact = false;
        }
        META[i] = 4 * r + (exact ? 2 : 0) + 1;
    }
}
