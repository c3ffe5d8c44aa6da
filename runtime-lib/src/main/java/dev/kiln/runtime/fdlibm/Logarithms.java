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

import static dev.kiln.runtime.fdlibm.Words.high;
import static dev.kiln.runtime.fdlibm.Words.low;
import static dev.kiln.runtime.fdlibm.Words.withHigh;

/**
 * log, log10 and log1p as fdlibm computes them. log writes x = 2^k * (1+f) with sqrt(2)/2 < 1+f <
 * sqrt(2), evaluates log(1+f) = 2s + s*R(s^2) with s = f/(2+f) and a degree-14 minimax R, and adds
 * k*ln2 in two pieces. log10 scales log by 1/ln10 and adds k*log10(2) in two pieces, so that
 * log10(10^n) is exactly n. log1p does the same reduction on 1+x with a correction term for the rounding
 * of 1+x.
 */
public final class Logarithms {
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double TWO_TO_54 = 0x1.0p54;
    private static final double ZERO = 0.0;
    private static final double INV_LN10 = 0x1.bcb7b1526e50ep-2;
    private static final double LOG10_2_HI = 0x1.34413509f6p-2;
    private static final double LOG10_2_LO = 0x1.9fef311f12b36p-42;

    private static final double LG1 = 0x1.5555555555593p-1;
    private static final double LG2 = 0x1.999999997fa04p-2;
    private static final double LG3 = 0x1.2492494229359p-2;
    private static final double LG4 = 0x1.c71c51d8e78afp-3;
    private static final double LG5 = 0x1.7466496cb03dep-3;
    private static final double LG6 = 0x1.39a09d078c69fp-3;
    private static final double LG7 = 0x1.2f112df3e5244p-3;

    private Logarithms() {
    }

    /** {@code StrictMath.log}. */
    public static double log(double x) {
        int hx = high(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7FFFFFFF) | low(x)) == 0) {
                return -TWO_TO_54 / ZERO;
            }
            if (hx < 0) {
                return (x - x) / ZERO;
            }
            k -= 54;
            x *= TWO_TO_54;
            hx = high(x);
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000FFFFF;
        int i = (hx + 0x95F64) & 0x100000;
        x = withHigh(x, hx | (i ^ 0x3FF00000));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000FFFFF & (2 + hx)) < 3) {
            if (f == ZERO) {
                if (k == 0) {
                    return ZERO;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147A;
        double w = z * z;
        int j = 0x6B851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** {@code StrictMath.log10}. */
    public static double log10(double x) {
        int hx = high(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7FFFFFFF) | low(x)) == 0) {
                return -TWO_TO_54 / ZERO;
            }
            if (hx < 0) {
                return (x - x) / ZERO;
            }
            k -= 54;
            x *= TWO_TO_54;
            hx = high(x);
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
        double y = k + i;
        x = withHigh(x, hx);
        double z = y * LOG10_2_LO + INV_LN10 * log(x);
        return z + y * LOG10_2_HI;
    }

    /** {@code StrictMath.log1p}. */
    public static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7FFFFFFF;
        int k = 1;
        double f = 0.0;
        int hu = 0;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3FF00000) {
                if (x == -1.0) {
                    return -TWO_TO_54 / ZERO;
                }
                return (x - x) / (x - x);
            }
            if (ax < 0x3E200000) {
                if (TWO_TO_54 + x > ZERO && ax < 0x3C900000) {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xBFD2BEC3) {
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        double c = 0.0;
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000FFFFF;
            if (hu < 0x6A09E) {
                u = withHigh(u, hu | 0x3FF00000);
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3FE00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == ZERO) {
                if (k == 0) {
                    return ZERO;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
