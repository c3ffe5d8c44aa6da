package dev.kiln.runtime;

/**
 * {@code Double.parseDouble} and {@code Float.parseFloat}: the grammar of {@code Double.valueOf(String)}
 * (optional sign; {@code NaN}; {@code Infinity}; decimal or hexadecimal significand with optional
 * exponent and {@code f/F/d/D} suffix; surrounding chars up to U+0020 ignored), correctly rounded to
 * nearest, ties to even, directly to the target format (no double rounding for {@code float}). Malformed
 * input gets Java 17's messages: {@code empty String}, {@code multiple points} for a second point in a
 * decimal significand, else {@code For input string: "s"} with {@code s} trimmed.
 *
 * <h2>Method</h2>
 * The significant decimal digits form an integer {@code D} with {@code value = D * 10^e}. Short inputs
 * with small exponents take the classic fast path: {@code D} and {@code 10^|e|} are exact doubles, so one
 * IEEE multiplication or division rounds correctly. Otherwise {@link BigNat} arithmetic yields a 64-bit
 * truncated quotient of {@code D * 10^e} and a sticky bit for the remainder, which
 * {@link #round} turns into the nearest {@code float} or {@code double}. Digits after the 800th
 * significant one only matter through whether any is non-zero (every midpoint between two doubles has
 * at most 767 significant digits), so they collapse into one extra digit 1.
 */
public final class DecimalParser {
    private static final int MAX_DIGITS = 800;

    private static final int DOUBLE_PRECISION = 53;
    private static final int FLOAT_PRECISION = 24;

    private DecimalParser() {
    }

    /**
     * {@code Double.parseDouble(s)}.
     *
     * @throws NumberFormatException if {@code s} is not a floating-point value
     * @throws NullPointerException if {@code s} is null
     */
    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, false));
    }

    /**
     * {@code Float.parseFloat(s)}.
     *
     * @throws NumberFormatException if {@code s} is not a floating-point value
     * @throws NullPointerException if {@code s} is null
     */
    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, true));
    }

    /** The bits of the parsed value: a {@code double}'s, or a {@code float}'s in the low 32 bits. */
    private static long parse(String s, boolean isFloat) {
        String in = s.trim();
        int len = in.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        boolean negative = false;
        char first = in.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        long magnitude;
        if (in.startsWith("NaN", i) && i + 3 == len) {
            return isFloat ? 0x7fc00000L : 0x7ff8000000000000L;
        } else if (in.startsWith("Infinity", i) && i + 8 == len) {
            magnitude = isFloat ? 0x7f800000L : 0x7ff0000000000000L;
        } else if (in.startsWith("0x", i) || in.startsWith("0X", i)) {
            magnitude = parseHex(in, i + 2, isFloat);
        } else {
            magnitude = parseDecimal(in, i, isFloat);
        }
        if (!negative) {
            return magnitude;
        }
        return isFloat ? magnitude | 0x80000000L : magnitude | 0x8000000000000000L;
    }

    private static long parseDecimal(String in, int start, boolean isFloat) {
        int len = in.length();
        char[] digits = new char[Math.min(len, MAX_DIGITS) + 1];
        int nd = 0;
        long exp10 = 0;
        boolean droppedNonZero = false;
        boolean anyDigit = false;
        int i = start;
        for (; i < len && isDigit(in.charAt(i)); i++) {
            anyDigit = true;
            char d = in.charAt(i);
            if (nd == 0 && d == '0') {
                continue;
            }
            if (nd < MAX_DIGITS) {
                digits[nd++] = d;
            } else {
                exp10++;
                droppedNonZero |= d != '0';
            }
        }
        if (i < len && in.charAt(i) == '.') {
            for (i++; i < len && isDigit(in.charAt(i)); i++) {
                anyDigit = true;
                char d = in.charAt(i);
                if (nd == 0 && d == '0') {
                    exp10--;
                } else if (nd < MAX_DIGITS) {
                    digits[nd++] = d;
                    exp10--;
                } else {
                    droppedNonZero |= d != '0';
                }
            }
            if (i < len && in.charAt(i) == '.') {
                throw new NumberFormatException("multiple points");
            }
        }
        if (!anyDigit) {
            throw invalid(in);
        }
        if (i < len && (in.charAt(i) == 'e' || in.charAt(i) == 'E')) {
            long[] exponent = new long[1];
            i = parseExponent(in, i + 1, exponent);
            exp10 += exponent[0];
        }
        checkSuffix(in, i);
        if (nd == 0) {
            return 0;
        }
        if (droppedNonZero) {
            digits[nd++] = '1';
            exp10--;
        }
        if (nd - 1 + exp10 > (isFloat ? 39 : 309)) {
            return isFloat ? 0x7f800000L : 0x7ff0000000000000L;
        }
        if (nd + exp10 < (isFloat ? -46 : -324)) {
            return 0;
        }
        int e = (int) exp10;
        if (!isFloat && nd <= 15 && e >= -22 && e <= 22) {
            double d = smallValue(digits, nd);
            double p = 1;
            for (int j = Math.abs(e); j > 0; j--) {
                p *= 10;
            }
            return Double.doubleToRawLongBits(e >= 0 ? d * p : d / p);
        }
        if (isFloat && nd <= 7 && e >= -10 && e <= 10) {
            float f = (float) smallValue(digits, nd);
            float p = 1;
            for (int j = Math.abs(e); j > 0; j--) {
                p *= 10;
            }
            return Float.floatToRawIntBits(e >= 0 ? f * p : f / p);
        }
        if (nd <= 19) {
            long d = 0;
            for (int x = 0; x < nd; x++) {
                d = d * 10 + (digits[x] - '0');
            }
            long bits = nearestFromProduct(d, e, isFloat);
            if (bits != -1) {
                return bits;
            }
        }
        BigNat value = BigNat.of(0);
        int j = 0;
        while (j < nd) {
            int chunk = Math.min(9, nd - j);
            long part = 0;
            long scale = 1;
            for (int x = 0; x < chunk; x++) {
                part = part * 10 + (digits[j + x] - '0');
                scale *= 10;
            }
            value.mulAdd(scale, part);
            j += chunk;
        }
        if (e >= 0) {
            value.mulPow10(e);
            int bits = value.bitLength();
            if (bits <= 64) {
                return round(value.bitsAt(0), 0, false, isFloat);
            }
            return round(value.bitsAt(bits - 64), bits - 64, !value.lowBitsZero(bits - 64), isFloat);
        }
        BigNat divisor = BigNat.of(1);
        divisor.mulPow10(-e);
        int shift = 63 + divisor.bitLength() - value.bitLength();
        if (shift >= 0) {
            value.shiftLeft(shift);
        } else {
            divisor.shiftLeft(-shift);
        }
        long q = BigNat.divide(value, divisor, 64);
        return round(q, -shift, !value.isZero(), isFloat);
    }

    private static long parseHex(String in, int start, boolean isFloat) {
        int len = in.length();
        long q = 0;
        int kept = 0;
        long exp2 = 0;
        boolean sticky = false;
        boolean anyDigit = false;
        int i = start;
        boolean fraction = false;
        for (; i < len; i++) {
            char ch = in.charAt(i);
            if (ch == '.' && !fraction) {
                fraction = true;
                continue;
            }
            int d = hexValue(ch);
            if (d < 0) {
                break;
            }
            anyDigit = true;
            if (kept == 0 && d == 0) {
                if (fraction) {
                    exp2 -= 4;
                }
            } else if (kept < 16) {
                q = q << 4 | d;
                kept++;
                if (fraction) {
                    exp2 -= 4;
                }
            } else {
                sticky |= d != 0;
                if (!fraction) {
                    exp2 += 4;
                }
            }
        }
        if (!anyDigit || i >= len || (in.charAt(i) != 'p' && in.charAt(i) != 'P')) {
            throw invalid(in);
        }
        long[] exponent = new long[1];
        i = parseExponent(in, i + 1, exponent);
        checkSuffix(in, i);
        if (q == 0) {
            return 0;
        }
        long e = Math.max(-100_000, Math.min(100_000, exp2 + exponent[0]));
        return round(q, (int) e, sticky, isFloat);
    }

    /** Parses {@code [+-]digits} at {@code i} into {@code out[0]} (saturating); returns the index after. */
    private static int parseExponent(String in, int start, long[] out) {
        int len = in.length();
        int i = start;
        boolean negative = false;
        if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            negative = in.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        for (; i < len && isDigit(in.charAt(i)); i++) {
            if (value < 1_000_000_000L) {
                value = value * 10 + (in.charAt(i) - '0');
            }
        }
        if (i == digitsStart) {
            throw invalid(in);
        }
        out[0] = negative ? -value : value;
        return i;
    }

    /** Accepts the end of input, optionally after one {@code f}, {@code F}, {@code d} or {@code D}. */
    private static void checkSuffix(String in, int i) {
        int len = in.length();
        if (i == len) {
            return;
        }
        char ch = in.charAt(i);
        if (i + 1 == len && (ch == 'f' || ch == 'F' || ch == 'd' || ch == 'D')) {
            return;
        }
        throw invalid(in);
    }

    /**
     * The bits of the {@code float} or {@code double} nearest to {@code (q + sticky) * 2^exp2}, where
     * {@code q != 0} and {@code sticky} stands for a non-zero fraction below {@code q}'s last bit.
     */
    static long round(long q, int exp2, boolean sticky, boolean isFloat) {
        int nlz = Long.numberOfLeadingZeros(q);
        long m = q << nlz;
        int top = 63 + exp2 - nlz;
        int drop = droppedBits(top, isFloat);
        if (drop < 0) {
            return drop == TOO_LARGE ? infinity(isFloat) : 0;
        }
        long kept = drop == 64 ? 0 : m >>> drop;
        long discarded = drop == 64 ? m : m & ((1L << drop) - 1);
        int cmp = Long.compareUnsigned(discarded, 1L << (drop - 1));
        if (cmp == 0 && sticky) {
            cmp = 1;
        }
        return assemble(kept, cmp > 0 || (cmp == 0 && (kept & 1) != 0), top, isFloat);
    }

    /**
     * The bits of the value nearest to {@code d * 10^e} ({@code d} unsigned, non-zero) from the 192-bit
     * product of {@code d} and the 126-bit scaled power of ten, or -1 if that product cannot decide.
     * When the power is inexact, the true value lies in {@code [P, P + d)} (scaled); the result is
     * undecided only if a rounding boundary falls in that range, which has odds of about 2^-70.
     */
    private static long nearestFromProduct(long d, int e, boolean isFloat) {
        int k = -e;
        if (k < ScaledPowersOfTen.K_MIN || k > ScaledPowersOfTen.K_MAX) {
            return -1;
        }
        long gHi = ScaledPowersOfTen.high(k);
        long gLo = ScaledPowersOfTen.low(k);
        boolean exact = ScaledPowersOfTen.isExact(k);
        long w0 = d * gLo;
        long h0 = ShortestDecimal.unsignedMultiplyHigh(d, gLo);
        long w2 = ShortestDecimal.unsignedMultiplyHigh(d, gHi);
        long w1 = h0 + d * gHi;
        if (Long.compareUnsigned(w1, h0) < 0) {
            w2++;
        }
        // Normalise the product so that its top bit is bit 191: (m, f1, f0); the uncertainty d moves along.
        int s = w2 != 0 ? Long.numberOfLeadingZeros(w2) : 64 + Long.numberOfLeadingZeros(w1);
        long u1 = 0;
        long u0 = d;
        if (s >= 64) {
            w2 = w1;
            w1 = w0;
            w0 = 0;
            u1 = u0;
            u0 = 0;
        }
        int t = s & 63;
        if (t != 0) {
            w2 = w2 << t | w1 >>> (64 - t);
            w1 = w1 << t | w0 >>> (64 - t);
            w0 <<= t;
            u1 = u1 << t | u0 >>> (64 - t);
            u0 <<= t;
        }
        int top = 191 - s - ScaledPowersOfTen.exponent(k);
        int drop = droppedBits(top, isFloat);
        if (drop == TOO_LARGE) {
            return infinity(isFloat);
        }
        if (drop == TOO_SMALL) {
            return w2 == -1L ? -1 : 0;
        }
        long kept = drop == 64 ? 0 : w2 >>> drop;
        long discarded = drop == 64 ? w2 : w2 & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        int cmp = Long.compareUnsigned(discarded, half);
        boolean up;
        if (exact) {
            if (cmp == 0 && (w1 | w0) != 0) {
                cmp = 1;
            }
            up = cmp > 0 || (cmp == 0 && (kept & 1) != 0);
        } else {
            long sum0 = w0 + u0;
            long carry0 = Long.compareUnsigned(sum0, w0) < 0 ? 1 : 0;
            long sum1 = w1 + u1 + carry0;
            boolean carry1 = Long.compareUnsigned(sum1, w1) < 0 || (carry0 != 0 && sum1 == w1 && u1 == -1L);
            boolean spills = carry1 && (sum1 | sum0) != 0;
            long allOnes = half - 1 + half;
            if (spills && (discarded == half - 1 || discarded == allOnes)) {
                return -1;
            }
            up = cmp >= 0;
        }
        return assemble(kept, up, top, isFloat);
    }

    private static final int TOO_LARGE = -2;
    private static final int TOO_SMALL = -1;

    /**
     * How many of 64 normalised bits whose top one has weight {@code 2^top} fall below the target
     * format's last significand bit; {@link #TOO_LARGE} for an overflow, {@link #TOO_SMALL} if the
     * value is below half the smallest subnormal.
     */
    private static int droppedBits(int top, boolean isFloat) {
        if (top > (isFloat ? 127 : 1023)) {
            return TOO_LARGE;
        }
        int precision = isFloat ? FLOAT_PRECISION : DOUBLE_PRECISION;
        int minExponent = isFloat ? -126 : -1022;
        int keep = top >= minExponent ? precision : top - minExponent + precision;
        return keep < 0 ? TOO_SMALL : 64 - keep;
    }

    /** The bits of significand {@code kept} (rounded up by one if {@code up}) with leading-bit weight {@code 2^top}. */
    private static long assemble(long kept, boolean up, int top, boolean isFloat) {
        long mantissa = up ? kept + 1 : kept;
        if (top < (isFloat ? -126 : -1022)) {
            return mantissa;
        }
        int mantissaBits = (isFloat ? FLOAT_PRECISION : DOUBLE_PRECISION) - 1;
        long bits = ((long) (top + (isFloat ? 127 : 1023)) << mantissaBits) + mantissa - (1L << mantissaBits);
        long inf = infinity(isFloat);
        return bits >= inf ? inf : bits;
    }

    private static long infinity(boolean isFloat) {
        return isFloat ? 0x7f800000L : 0x7ff0000000000000L;
    }

    private static double smallValue(char[] digits, int nd) {
        long v = 0;
        for (int j = 0; j < nd; j++) {
            v = v * 10 + (digits[j] - '0');
        }
        return v;
    }

    private static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static NumberFormatException invalid(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }
}
