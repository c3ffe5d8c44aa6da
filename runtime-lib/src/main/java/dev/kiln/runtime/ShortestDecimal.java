package dev.kiln.runtime;

/**
 * {@code Double.toString} and {@code Float.toString}: the shortest decimal that rounds to the value, in
 * the format and with the choice rules of the Java SE 19+ specification (which Java 17 programs observe
 * on current JDKs): among the decimals of minimal length {@code p} that round to the value (of length 1
 * or 2 if {@code p} is 1) the closest is chosen, ties going to an even last digit.
 *
 * <h2>Method (after Giulietti's "Schubfach")</h2>
 * Write the value as {@code v = c * 2^q} and let {@code R} be its rounding interval, the reals that
 * round to it: {@code (c -/+ 1/2) * 2^q}, or {@code c - 1/4} below when {@code c} is a power of two and
 * the lower neighbour is closer; the ends belong to {@code R} when {@code c} is even. Pick {@code k} with
 * {@code 10^k <= |R| < 10^(k+1)} and measure in units of {@code 10^k}: {@code R} then holds at least one
 * integer and at most one multiple of 10. If it holds a multiple of 10, that one is the unique shortest
 * candidate (a decimal with fewer digits is a multiple of 10 too); otherwise the shortest candidates are
 * the integers in {@code R}, and the closer of {@code floor(v)} and {@code floor(v) + 1} that lies in
 * {@code R} is the answer.
 *
 * <p>The scaled ends and {@code 2v} are {@code floor(m * 2^q' * 10^-k)} for small integers {@code m}.
 * They are computed as {@code m * g(k)} shifted right, where {@code g(k)} is the 126-bit approximation
 * of a power of ten from {@link ScaledPowersOfTen}; since {@code g(k)} is within 1 of the true scale, the
 * product pins the floor down, and tells whether the result is an exact integer, unless its fraction is
 * within {@code m * 2^-shift} of 1. That case (which the paper proves cannot happen for binary64) falls
 * back to exact {@link BigNat} division, so correctness does not rest on the proof.
 */
public final class ShortestDecimal {
    private static final long LOW32 = 0xFFFFFFFFL;

    /** Whether the last {@link #scaled} result was an exact integer. */
    private boolean exact;

    private ShortestDecimal() {
    }

    /** {@code Double.toString(v)}. */
    public static String toString(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & ((1L << 52) - 1);
        if (biased == 0x7FF) {
            return fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity";
        }
        char[] buf = new char[32];
        int pos = 0;
        if (bits < 0) {
            buf[pos++] = '-';
        }
        if (biased == 0 && fraction == 0) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            buf[pos++] = '0';
            return new String(buf, 0, pos);
        }
        long c = biased == 0 ? fraction : fraction | 1L << 52;
        int q = biased == 0 ? -1074 : biased - 1075;
        pos = new ShortestDecimal().format(c, q, -1074, 1L << 52, buf, pos);
        return new String(buf, 0, pos);
    }

    /** {@code Float.toString(v)}. */
    public static String toString(float v) {
        int bits = Float.floatToRawIntBits(v);
        int biased = (bits >>> 23) & 0xFF;
        int fraction = bits & ((1 << 23) - 1);
        if (biased == 0xFF) {
            return fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity";
        }
        char[] buf = new char[32];
        int pos = 0;
        if (bits < 0) {
            buf[pos++] = '-';
        }
        if (biased == 0 && fraction == 0) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            buf[pos++] = '0';
            return new String(buf, 0, pos);
        }
        long c = biased == 0 ? fraction : fraction | 1 << 23;
        int q = biased == 0 ? -149 : biased - 150;
        pos = new ShortestDecimal().format(c, q, -149, 1L << 23, buf, pos);
        return new String(buf, 0, pos);
    }

    /** {@code floor(q * log10(2))}, exact for {@code |q| <= 2000} (checked by the tests). */
    static int floorLog10Pow2(int q) {
        return (int) ((q * 661971961083L) >> 41);
    }

    /** {@code floor(log10(3/4 * 2^q))}, exact for {@code |q| <= 2000} (checked by the tests). */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) ((q * 661971961083L - 274743187321L) >> 41);
    }

    /**
     * Writes the shortest decimal of {@code c * 2^q} ({@code c > 0}) into {@code buf} at {@code pos};
     * {@code qMin} is the exponent of subnormals and {@code hidden} the implicit leading bit of normals.
     */
    private int format(long c, int q, int qMin, long hidden, char[] buf, int pos) {
        boolean irregular = c == hidden && q > qMin;
        int k = irregular ? floorLog10ThreeQuartersPow2(q) : floorLog10Pow2(q);
        long lo = irregular ? scaled(4 * c - 1, k, q - 2) : scaled(2 * c - 1, k, q - 1);
        boolean loExact = exact;
        long hi = scaled(2 * c + 1, k, q - 1);
        boolean hiExact = exact;
        long v2 = scaled(2 * c, k, q);
        boolean v2Exact = exact;
        boolean inclusive = (c & 1) == 0;

        long s = v2 >> 1;
        long s10 = s / 10 * 10;
        long f;
        if (inside(s10, lo, loExact, hi, hiExact, inclusive)) {
            f = s10;
        } else if (inside(s10 + 10, lo, loExact, hi, hiExact, inclusive)) {
            f = s10 + 10;
        } else {
            long closer;
            if ((v2 & 1) == 0) {
                closer = s;
            } else if (!v2Exact) {
                closer = s + 1;
            } else {
                closer = (s & 1) == 0 ? s : s + 1;
            }
            f = inside(closer, lo, loExact, hi, hiExact, inclusive) ? closer : 2 * s + 1 - closer;
        }
        int e = k;
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        if (f < 10) {
            // Length 1: the specification then picks the closest decimal of length 1 or 2 instead, which
            // differs only for the widest intervals (tiny subnormals such as 4.9E-324, not 5.0E-324).
            if (s >= 10) {
                int j = 0;
                long unit = 1;
                for (long t = s; t >= 100; t /= 10) {
                    unit *= 10;
                    j++;
                }
                f = roundHalfEven(v2, v2Exact, unit);
                e = k + j;
            } else {
                long v20 = scaled(20 * c, k, q);
                f = roundHalfEven(v20, exact, 1);
                e = k - 1;
            }
            while (f % 10 == 0) {
                f /= 10;
                e++;
            }
        }
        return write(f, e, buf, pos);
    }

    /** {@code round(x / unit)} with ties to even, given {@code floor(2x)} and whether it was exact. */
    private static long roundHalfEven(long twiceFloor, boolean twiceExact, long unit) {
        long n = (twiceFloor + unit) / (2 * unit);
        boolean tie = twiceExact && (twiceFloor + unit) % (2 * unit) == 0;
        return tie && (n & 1) != 0 ? n - 1 : n;
    }

    /** Whether integer {@code n} lies in the scaled interval whose ends have the given floors. */
    private static boolean inside(long n, long lo, boolean loExact, long hi, boolean hiExact, boolean inclusive) {
        boolean aboveLow = n > lo || (n == lo && loExact && inclusive);
        boolean belowHigh = n < hi || (n == hi && (!hiExact || inclusive));
        return aboveLow && belowHigh;
    }

    /**
     * {@code floor(m * 2^qs * 10^-k)} for {@code 0 < m < 2^60}; sets {@link #exact} to whether the real
     * value is an integer.
     */
    private long scaled(long m, int k, int qs) {
        long gHi = ScaledPowersOfTen.high(k);
        long gLo = ScaledPowersOfTen.low(k);
        int shift = ScaledPowersOfTen.exponent(k) - qs;
        boolean gExact = ScaledPowersOfTen.isExact(k);

        long w0 = m * gLo;
        long h0 = unsignedMultiplyHigh(m, gLo);
        long l1 = m * gHi;
        long w2 = unsignedMultiplyHigh(m, gHi);
        long w1 = h0 + l1;
        if (Long.compareUnsigned(w1, h0) < 0) {
            w2++;
        }
        if (shift >= 64 && shift < 128) {
            int t = shift - 64;
            long floor = t == 0 ? w1 : (w1 >>> t) | (w2 << (64 - t));
            long f1 = t == 0 ? 0 : w1 & ((1L << t) - 1);
            long lost = t == 0 ? w2 : w2 >>> t;
            if (lost == 0) {
                if (gExact) {
                    exact = f1 == 0 && w0 == 0;
                    return floor;
                }
                // The true value lies strictly between P / 2^shift and (P + m) / 2^shift.
                long sum0 = w0 + m;
                long f1c = f1 + (Long.compareUnsigned(sum0, w0) < 0 ? 1 : 0);
                long one = 1L << t;
                if (Long.compareUnsigned(f1c, one) < 0 || (f1c == one && sum0 == 0)) {
                    exact = false;
                    return floor;
                }
            }
        }
        return exactScaled(m, k, qs);
    }

    /** The slow, exact path of {@link #scaled}. */
    private long exactScaled(long m, int k, int qs) {
        BigNat num = BigNat.of(m);
        BigNat den = BigNat.of(1);
        if (k <= 0) {
            num.mulPow10(-k);
        } else {
            den.mulPow10(k);
        }
        if (qs >= 0) {
            num.shiftLeft(qs);
        } else {
            den.shiftLeft(-qs);
        }
        long floor = BigNat.divide(num, den, 63);
        exact = num.isZero();
        return floor;
    }

    /** The high 64 bits of the unsigned 128-bit product {@code a * b}. */
    static long unsignedMultiplyHigh(long a, long b) {
        long aLo = a & LOW32;
        long aHi = a >>> 32;
        long bLo = b & LOW32;
        long bHi = b >>> 32;
        long lh = aLo * bHi;
        long hl = aHi * bLo;
        long mid = ((aLo * bLo) >>> 32) + (lh & LOW32) + (hl & LOW32);
        return aHi * bHi + (lh >>> 32) + (hl >>> 32) + (mid >>> 32);
    }

    /**
     * Writes {@code f * 10^e} as Java does: plain ({@code 123.45}, {@code 0.001}) from 10^-3 up to
     * 10^7, otherwise computerized scientific notation ({@code 1.0E7}, {@code 4.9E-324}); at least one
     * digit after the point.
     */
    private static int write(long f, int e, char[] buf, int pos) {
        char[] digits = new char[19];
        int n = 0;
        for (long t = f; t != 0; t /= 10) {
            digits[n++] = (char) ('0' + t % 10);
        }
        // digits[] holds the digits in reverse; the leading digit has weight 10^exp10.
        int exp10 = n - 1 + e;
        if (exp10 >= -3 && exp10 < 7) {
            if (exp10 >= 0) {
                for (int i = 0; i <= exp10; i++) {
                    buf[pos++] = i < n ? digits[n - 1 - i] : '0';
                }
                buf[pos++] = '.';
                if (n <= exp10 + 1) {
                    buf[pos++] = '0';
                }
                for (int i = exp10 + 1; i < n; i++) {
                    buf[pos++] = digits[n - 1 - i];
                }
            } else {
                buf[pos++] = '0';
                buf[pos++] = '.';
                for (int i = -1; i > exp10; i--) {
                    buf[pos++] = '0';
                }
                for (int i = n - 1; i >= 0; i--) {
                    buf[pos++] = digits[i];
                }
            }
            return pos;
        }
        buf[pos++] = digits[n - 1];
        buf[pos++] = '.';
        if (n == 1) {
            buf[pos++] = '0';
        }
        for (int i = n - 2; i >= 0; i--) {
            buf[pos++] = digits[i];
        }
        buf[pos++] = 'E';
        int x = exp10;
        if (x < 0) {
            buf[pos++] = '-';
            x = -x;
        }
        if (x >= 100) {
            buf[pos++] = (char) ('0' + x / 100);
        }
        if (x >= 10) {
            buf[pos++] = (char) ('0' + x / 10 % 10);
        }
        buf[pos++] = (char) ('0' + x % 10);
        return pos;
    }
}
