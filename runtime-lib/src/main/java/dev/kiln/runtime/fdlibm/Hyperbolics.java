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

/**
 * sinh, cosh and tanh as fdlibm computes them, from {@link Exponentials#expm1} near 0 (where
 * exp(x) - exp(-x) would cancel) and {@link Exponentials#exp} further out; near the overflow threshold
 * exp(|x|/2)^2/2 is formed in two steps so that the result is finite whenever the exact one is.
 */
public final class Hyperbolics {
    private static final double SHUGE = 1.0e307;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private Hyperbolics() {
    }

    /** {@code StrictMath.sinh}. */
    public static double sinh(double x) {
        int jx = high(x);
        int ix = jx & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3E300000 && SHUGE + x > 1.0) {
                return x;
            }
            double t = Exponentials.expm1(Math.abs(x));
            if (ix < 0x3FF00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) {
            return h * Exponentials.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(ix, low(x))) {
            double w = Exponentials.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SHUGE;
    }

    /** {@code StrictMath.cosh}. */
    public static double cosh(double x) {
        int ix = high(x) & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            return x * x;
        }
        if (ix < 0x3FD62E43) {
            double t = Exponentials.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3C800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {
            double t = Exponentials.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * Exponentials.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(ix, low(x))) {
            double w = Exponentials.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE;
    }

    /** {@code StrictMath.tanh}. */
    public static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3C800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3FF00000) {
                double t = Exponentials.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = Exponentials.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /** |x| (given by its words) is at most the largest argument whose sinh or cosh is finite. */
    private static boolean belowOverflowThreshold(int ix, int lx) {
        return ix < 0x408633CE || (ix == 0x408633CE && Integer.compareUnsigned(lx, 0x8FB9F87D) <= 0);
    }
}
