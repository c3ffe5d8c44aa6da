package dev.kiln.runtime;

/**
 * {@code Math.fma}: {@code a * b + c} computed exactly and rounded once. Special values are settled with
 * ordinary arithmetic, which is exact for them; otherwise the three operands are taken apart into
 * integer significands and exponents, the 106-bit product and the addend are aligned in a 128-bit
 * fixed-point frame, added, and the sum rounded to nearest, ties to even, into a double or a float
 * (subnormal results and overflow included). Aligning may fold bits shifted out of the smaller operand
 * into one sticky bit; that only happens when the operands' leading bits are at least 20 places apart, so
 * the sum keeps over 70 bits above the sticky bit and the rounding sees it exactly as it would the full
 * value.
 */
public final class FusedMultiplyAdd {
    private static final long SIGNIFICAND_MASK = (1L << 52) - 1;

    private FusedMultiplyAdd() {
    }

    /** {@code Math.fma(double, double, double)}. */
    public static double fma(double a, double b, double c) {
        if (!isFinite(a) || !isFinite(b)) {
            return a * b + c;
        }
        if (!isFinite(c)) {
            return c;
        }
        if (a == 0.0 || b == 0.0) {
            return a * b + c;
        }
        if (c == 0.0) {
            return a * b;
        }
        return Double.longBitsToDouble(roundedSum(a, b, c, 53, -1074, 0x7FF, 63));
    }

    /** {@code Math.fma(float, float, float)}: the product of two floats is exact in a double. */
    public static float fma(float a, float b, float c) {
        double da = a;
        double db = b;
        double dc = c;
        if (!isFinite(da) || !isFinite(db) || da == 0.0 || db == 0.0) {
            return (float) (da * db + dc);
        }
        if (!isFinite(dc)) {
            return c;
        }
        if (dc == 0.0) {
            return (float) (da * db);
        }
        return Float.intBitsToFloat((int) roundedSum(da, db, dc, 24, -149, 0xFF, 31));
    }

    private static boolean isFinite(double x) {
        return x - x == 0.0;
    }

    /**
     * The bits of a*b + c (finite, nonzero operands) rounded to a format with {@code precision}
     * significand bits, {@code minExponent} the exponent of its smallest subnormal's unit, {@code maxField}
     * its all-ones exponent field and {@code signBit} the position of its sign.
     */
    private static long roundedSum(double a, double b, double c, int precision, int minExponent, int maxField, int signBit) {
        long ma = significand(a);
        long mb = significand(b);
        long mc = significand(c);
        int productExponent = exponent(a) + exponent(b) - 20;
        int addendExponent = exponent(c) - 73;
        long pLo = ma * mb;
        long pHi = (Math.multiplyHigh(ma, mb) << 20) | (pLo >>> 44);
        pLo <<= 20;
        long cHi = mc << 9;
        long cLo = 0;

        int exponent;
        if (productExponent >= addendExponent) {
            long[] shifted = shiftRightSticky(cHi, cLo, productExponent - addendExponent);
            cHi = shifted[0];
            cLo = shifted[1];
            exponent = productExponent;
        } else {
            long[] shifted = shiftRightSticky(pHi, pLo, addendExponent - productExponent);
            pHi = shifted[0];
            pLo = shifted[1];
            exponent = addendExponent;
        }

        boolean productNegative = (a < 0) != (b < 0);
        boolean negative;
        long hi;
        long lo;
        if (productNegative == (c < 0)) {
            lo = pLo + cLo;
            hi = pHi + cHi + (Long.compareUnsigned(lo, pLo) < 0 ? 1 : 0);
            negative = productNegative;
        } else {
            boolean productLarger = pHi != cHi ? Long.compareUnsigned(pHi, cHi) > 0 : Long.compareUnsigned(pLo, cLo) >= 0;
            long xHi = productLarger ? pHi : cHi;
            long xLo = productLarger ? pLo : cLo;
            long yHi = productLarger ? cHi : pHi;
            long yLo = productLarger ? cLo : pLo;
            lo = xLo - yLo;
            hi = xHi - yHi - (Long.compareUnsigned(xLo, yLo) < 0 ? 1 : 0);
            negative = productLarger ? productNegative : c < 0;
            if ((hi | lo) == 0) {
                return 0;
            }
        }
        long sign = negative ? 1L << signBit : 0;

        int top = hi != 0 ? 127 - Long.numberOfLeadingZeros(hi) : 63 - Long.numberOfLeadingZeros(lo);
        int lsbExponent = Math.max(top + exponent - (precision - 1), minExponent);
        long infinity = (long) maxField << (precision - 1);
        if (lsbExponent - minExponent >= maxField - 1) {
            return sign | infinity;
        }
        int drop = lsbExponent - exponent;
        long q;
        boolean roundUp;
        if (drop <= 0) {
            q = lo << -drop;
            roundUp = false;
        } else if (drop > 128) {
            q = 0;
            roundUp = false;
        } else {
            q = drop >= 64 ? (drop == 128 ? 0 : hi >>> (drop - 64)) : (lo >>> drop) | (hi << (64 - drop));
            boolean half = bit(hi, lo, drop - 1);
            boolean below = anyBitBelow(hi, lo, drop - 1);
            roundUp = half && (below || (q & 1) != 0);
        }
        long bits = ((long) (lsbExponent - minExponent) << (precision - 1)) + q + (roundUp ? 1 : 0);
        return sign | Math.min(bits, infinity);
    }

    /** The significand of a finite nonzero double as an integer in [2^52, 2^53). */
    private static long significand(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long m = bits & SIGNIFICAND_MASK;
        if ((bits & 0x7FF0000000000000L) != 0) {
            return m | (1L << 52);
        }
        return m << (Long.numberOfLeadingZeros(m) - 11);
    }

    /** The exponent of the unit of {@link #significand}'s last bit. */
    private static int exponent(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int field = (int) (bits >>> 52) & 0x7FF;
        if (field != 0) {
            return field - 1075;
        }
        return -1074 - (Long.numberOfLeadingZeros(bits & SIGNIFICAND_MASK) - 11);
    }

    /** {@code (hi, lo) >>> n} with every bit shifted out ORed into bit 0. */
    private static long[] shiftRightSticky(long hi, long lo, int n) {
        if (n == 0) {
            return new long[] {hi, lo};
        }
        if (n >= 128) {
            return new long[] {0, (hi | lo) != 0 ? 1 : 0};
        }
        if (n >= 64) {
            long lost = lo | (n == 64 ? 0 : hi << (128 - n));
            return new long[] {0, (hi >>> (n - 64)) | (lost != 0 ? 1 : 0)};
        }
        long lost = lo << (64 - n);
        return new long[] {hi >>> n, (lo >>> n) | (hi << (64 - n)) | (lost != 0 ? 1 : 0)};
    }

    private static boolean bit(long hi, long lo, int n) {
        return n >= 64 ? (hi >>> (n - 64) & 1) != 0 : (lo >>> n & 1) != 0;
    }

    /** Whether any of bits 0 to n-1 is set. */
    private static boolean anyBitBelow(long hi, long lo, int n) {
        if (n == 0) {
            return false;
        }
        if (n >= 64) {
            return lo != 0 || (n > 64 && (hi << (128 - n)) != 0);
        }
        return (lo << (64 - n)) != 0;
    }
}
