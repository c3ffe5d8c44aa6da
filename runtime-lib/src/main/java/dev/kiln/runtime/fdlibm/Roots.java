/*
 * Transcribed to Java from fdlibm 5.3 (netlib.org/fdlibm), whose notice follows.
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

import static dev.kiln.runtime.fdlibm.Words.fromWords;
import static dev.kiln.runtime.fdlibm.Words.high;
import static dev.kiln.runtime.fdlibm.Words.low;
import static dev.kiln.runtime.fdlibm.Words.withHigh;

/**
 * cbrt, hypot and IEEEremainder as fdlibm computes them. cbrt guesses 5 bits from the exponent, refines
 * to 23 bits with a rational step, rounds up to 20 bits and finishes with one Newton step. hypot forms
 * x^2 + y^2 with the operands split into 21-bit heads and tails, scaling by 2^+-600 (or 2^1022 for
 * subnormals) so that nothing overflows or underflows on the way. IEEEremainder reduces with the exact
 * truncating remainder modulo 2p, then subtracts p at most twice.
 */
public final class Roots {
    /** cbrt's first guess: (682 - 0.03306235651) * 2^20 and (664 - 0.03306235651) * 2^20. */
    private static final int B1 = 715094163;
    private static final int B2 = 696219795;
    private static final double C = 0x1.15f15f15f15f1p-1;
    private static final double D = -0x1.691de2532c834p-1;
    private static final double E = 0x1.6a0ea0ea0ea0fp0;
    private static final double F = 0x1.9b6db6db6db6ep0;
    private static final double G = 0x1.6db6db6db6db7p-2;

    private Roots() {
    }

    /** {@code StrictMath.cbrt}. */
    public static double cbrt(double x) {
        int hx = high(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        if ((hx | low(x)) == 0) {
            return x;
        }
        x = withHigh(x, hx);
        double t;
        if (hx < 0x00100000) {
            t = 0x1.0p54 * x;
            t = withHigh(t, high(t) / 3 + B2);
        } else {
            t = fromWords(hx / 3 + B1, 0);
        }
        double r = t * t / x;
        double s = C + r * t;
        t *= G + F / (s + E + D / s);
        t = fromWords(high(t) + 1, 0);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return withHigh(t, high(t) | sign);
    }

    /** {@code StrictMath.hypot}. */
    public static double hypot(double x, double y) {
        int ha = high(x) & 0x7FFFFFFF;
        int hb = high(y) & 0x7FFFFFFF;
        double a;
        double b;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHigh(a, ha);
        b = withHigh(b, hb);
        if (ha - hb > 0x3C00000) {
            return a + b;
        }
        int k = 0;
        if (ha > 0x5F300000) {
            if (ha >= 0x7FF00000) {
                double w = a + b;
                if (((ha & 0xFFFFF) | low(a)) == 0) {
                    w = a;
                }
                if (((hb ^ 0x7FF00000) | low(b)) == 0) {
                    w = b;
                }
                return w;
            }
            ha -= 0x25800000;
            hb -= 0x25800000;
            k += 600;
            a = withHigh(a, ha);
            b = withHigh(b, hb);
        }
        if (hb < 0x20B00000) {
            if (hb <= 0x000FFFFF) {
                if ((hb | low(b)) == 0) {
                    return a;
                }
                double t1 = 0x1.0p1022;
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHigh(a, ha);
                b = withHigh(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = fromWords(ha, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromWords(hb, 0);
            double y2 = b - y1;
            double t1 = fromWords(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            return fromWords(0x3FF00000 + (k << 20), 0) * w;
        }
        return w;
    }

    /** {@code StrictMath.IEEEremainder}: x - p*n for the integer n nearest x/p, ties to even. */
    public static double ieeeRemainder(double x, double p) {
        int hx = high(x);
        int lx = low(x);
        int hp = high(p);
        int lp = low(p);
        int sx = hx & 0x80000000;
        hp &= 0x7FFFFFFF;
        hx &= 0x7FFFFFFF;
        if ((hp | lp) == 0) {
            return (x * p) / (x * p);
        }
        if (hx >= 0x7FF00000 || (hp >= 0x7FF00000 && ((hp - 0x7FF00000) | lp) != 0)) {
            return (x * p) / (x * p);
        }
        if (hp <= 0x7FDFFFFF) {
            x = x % (p + p);
        }
        if (((hx - hp) | (lx - lp)) == 0) {
            return 0.0 * x;
        }
        x = Math.abs(x);
        p = Math.abs(p);
        if (hp < 0x00200000) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double halfP = 0.5 * p;
            if (x > halfP) {
                x -= p;
                if (x >= halfP) {
                    x -= p;
                }
            }
        }
        return withHigh(x, high(x) ^ sx);
    }
}
