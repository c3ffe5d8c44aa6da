/*
 * Transcribed to Java from fdlibm 5.3 (netlib.org/fdlibm; e_exp.c and s_expm1.c of 2004), whose notice
 * follows.
 *
 * ====================================================
 * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
 *
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
 * exp and expm1 as fdlibm computes them: x = k*ln2 + r with |r| <= ln2/2 (r carried as hi - lo, ln2 in a
 * 32-bit head and a tail so that k*ln2_hi is exact), a rational approximation of exp(r) (or exp(r) - 1)
 * built on a degree-5 minimax polynomial in r^2, then scaling by 2^k through the exponent field.
 */
public final class Exponentials {
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double TWO_TO_MINUS_1000 = 0x1.0p-1000;
    /** Above this exp overflows, below {@link #UNDERFLOW_THRESHOLD} it underflows to 0. */
    private static final double OVERFLOW_THRESHOLD = 0x1.62e42fefa39efp9;
    private static final double UNDERFLOW_THRESHOLD = -0x1.74910d52d3051p9;
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INV_LN2 = 0x1.71547652b82fep0;

    private static final double P1 = 0x1.555555555553ep-3;
    private static final double P2 = -0x1.6c16c16bebd93p-9;
    private static final double P3 = 0x1.1566aaf25de2cp-14;
    private static final double P4 = -0x1.bbd41c5d26bf1p-20;
    private static final double P5 = 0x1.6376972bea4dp-25;

    /** expm1's coefficients, scaled by 2^i because its polynomial is evaluated at x^2/2. */
    private static final double Q1 = -0x1.11111111110f4p-5;
    private static final double Q2 = 0x1.a01a019fe5585p-10;
    private static final double Q3 = -0x1.4ce199eaadbb7p-14;
    private static final double Q4 = 0x1.0cfca86e65239p-18;
    private static final double Q5 = -0x1.afdb76e09c32dp-23;

    private Exponentials() {
    }

    /** {@code StrictMath.exp}. */
    public static double exp(double x) {
        int hx = high(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7FFFFFFF;
        if (hx >= 0x40862E42) {
            if (hx >= 0x7FF00000) {
                if (((hx & 0xFFFFF) | low(x)) != 0) {
                    return x + x;
                }
                return xsb == 0 ? x : 0.0;
            }
            if (x > OVERFLOW_THRESHOLD) {
                return HUGE * HUGE;
            }
            if (x < UNDERFLOW_THRESHOLD) {
                return TWO_TO_MINUS_1000 * TWO_TO_MINUS_1000;
            }
        }
        double hi = 0.0;
        double lo = 0.0;
        int k = 0;
        if (hx > 0x3FD62E42) {
            if (hx < 0x3FF0A2B2) {
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3E300000) {
            if (HUGE + x > 1.0) {
                return 1.0 + x;
            }
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHigh(y, high(y) + (k << 20));
        }
        return withHigh(y, high(y) + ((k + 1000) << 20)) * TWO_TO_MINUS_1000;
    }

    /** {@code StrictMath.expm1}. */
    public static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7FFFFFFF;
        if (hx >= 0x4043687A) {
            if (hx >= 0x40862E42) {
                if (hx >= 0x7FF00000) {
                    if (((hx & 0xFFFFF) | low(x)) != 0) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > OVERFLOW_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (negative && x + TINY < 0.0) {
                return TINY - 1.0;
            }
        }
        double c = 0.0;
        int k;
        if (hx > 0x3FD62E42) {
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3C900000) {
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            return withHigh(y, high(y) + (k << 20)) - 1.0;
        }
        double y;
        if (k < 20) {
            y = fromWords(0x3FF00000 - (0x200000 >> k), 0) - (e - x);
        } else {
            y = x - (e + fromWords((0x3FF - k) << 20, 0));
            y += 1.0;
        }
        return withHigh(y, high(y) + (k << 20));
    }
}
