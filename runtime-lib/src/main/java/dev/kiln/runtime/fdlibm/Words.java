/*
 * scalbn follows fdlibm 5.3 (netlib.org/fdlibm), whose notice follows.
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package dev.kiln.runtime.fdlibm;

/**
 * The two 32-bit halves of a double, the way fdlibm reads and writes them: the high word holds the sign,
 * the 11 exponent bits and the top 20 fraction bits, the low word the other 32 fraction bits. fdlibm
 * classifies arguments by comparing the high word of {@code |x|} with thresholds, and builds constants
 * and truncated values ("the low word cleared") by writing one half, so its transcriptions read best in
 * the same terms.
 */
final class Words {
    private static final double TWO_TO_54 = 0x1.0p54;
    private static final double TWO_TO_MINUS_54 = 0x1.0p-54;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private Words() {
    }

    /** The high word: sign, exponent, top 20 fraction bits. */
    static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** The low 32 fraction bits. */
    static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** The double made of the two words. */
    static double fromWords(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFFFFFFL));
    }

    /** {@code x} with its high word replaced. */
    static double withHigh(double x, int high) {
        return fromWords(high, low(x));
    }

    /** {@code x} with its low word replaced ({@code withLow(x, 0)} keeps the top 21 significand bits). */
    static double withLow(double x, int low) {
        return fromWords(high(x), low);
    }

    /**
     * {@code x * 2^n} rounded once (fdlibm's {@code scalbn}): the exponent field is adjusted directly, and a
     * result below the normal range is formed 54 binades higher and then multiplied by 2^-54, the only
     * rounding step. Overflow gives an infinity and total underflow a zero, both with {@code x}'s sign.
     */
    static double scalbn(double x, int n) {
        int hx = high(x);
        int k = (hx & 0x7FF00000) >> 20;
        if (k == 0) {
            if (((hx & 0x7FFFFFFF) | low(x)) == 0) {
                return x;
            }
            x *= TWO_TO_54;
            hx = high(x);
            k = ((hx & 0x7FF00000) >> 20) - 54;
        }
        if (k == 0x7FF) {
            return x + x;
        }
        int exponent = k + Math.max(-4000, Math.min(4000, n));
        if (exponent > 0x7FE) {
            return HUGE * Math.copySign(HUGE, x);
        }
        if (exponent > 0) {
            return withHigh(x, (hx & 0x800FFFFF) | (exponent << 20));
        }
        if (exponent <= -54) {
            return TINY * Math.copySign(TINY, x);
        }
        return withHigh(x, (hx & 0x800FFFFF) | ((exponent + 54) << 20)) * TWO_TO_MINUS_54;
    }
}
