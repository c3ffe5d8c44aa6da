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
 *
 * The tangent kernel follows the 2004 revision of k_tan.c, whose notice follows.
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

import static dev.kiln.runtime.fdlibm.Words.high;
import static dev.kiln.runtime.fdlibm.Words.low;
import static dev.kiln.runtime.fdlibm.Words.withLow;

/**
 * sin, cos and tan as fdlibm computes them: reduce the argument to r = x - n*pi/2 in [-pi/4, pi/4]
 * ({@link PiOver2Reduction}), then evaluate the kernel the quadrant n mod 4 selects. The kernels are
 * minimax polynomials on [0, pi/4] (sin of degree 13, cos of degree 14, tan of degree 27 up to 0.6744
 * and tan(pi/4 - y) above), each taking the reduced argument's tail into account.
 */
public final class Trigonometry {
    private static final double HALF = 0.5;

    private static final double S1 = -0x1.5555555555549p-3;
    private static final double S2 = 0x1.111111110f8a6p-7;
    private static final double S3 = -0x1.a01a019c161d5p-13;
    private static final double S4 = 0x1.71de357b1fe7dp-19;
    private static final double S5 = -0x1.ae5e68a2b9cebp-26;
    private static final double S6 = 0x1.5d93a5acfd57cp-33;

    private static final double C1 = 0x1.555555555554cp-5;
    private static final double C2 = -0x1.6c16c16c15177p-10;
    private static final double C3 = 0x1.a01a019cb159p-16;
    private static final double C4 = -0x1.27e4f809c52adp-22;
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29;
    private static final double C6 = -0x1.8fae9be8838d4p-37;

    /** tan(x)/x - 1 ~ T[0]*x^2 + ... + T[12]*x^26 on [0, 0.6744]. */
    private static final double[] T = {
        0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
        0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
        0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
        0x1.b2a7074bf7ad4p-16,
    };
    private static final double PIO4 = 0x1.921fb54442d18p-1;
    private static final double PIO4_LO = 0x1.1a62633145c07p-55;

    private Trigonometry() {
    }

    /** {@code StrictMath.sin}. */
    public static double sin(double x) {
        int ix = high(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB) {
            return kernelSin(x, 0.0, false);
        }
        if (ix >= 0x7FF00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = PiOver2Reduction.reduce(x, y);
        return switch (n & 3) {
            case 0 -> kernelSin(y[0], y[1], true);
            case 1 -> kernelCos(y[0], y[1]);
            case 2 -> -kernelSin(y[0], y[1], true);
            default -> -kernelCos(y[0], y[1]);
        };
    }

    /** {@code StrictMath.cos}. */
    public static double cos(double x) {
        int ix = high(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB) {
            return kernelCos(x, 0.0);
        }
        if (ix >= 0x7FF00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = PiOver2Reduction.reduce(x, y);
        return switch (n & 3) {
            case 0 -> kernelCos(y[0], y[1]);
            case 1 -> -kernelSin(y[0], y[1], true);
            case 2 -> -kernelCos(y[0], y[1]);
            default -> kernelSin(y[0], y[1], true);
        };
    }

    /** {@code StrictMath.tan}. */
    public static double tan(double x) {
        int ix = high(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= 0x7FF00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = PiOver2Reduction.reduce(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
    }

    /** sin(x + y) for |x| <= pi/4, y the tail of x (0 unless {@code hasTail}). */
    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = high(x) & 0x7FFFFFFF;
        if (ix < 0x3E400000 && (int) x == 0) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (HALF * y - v * r) - y) - v * S1);
    }

    /**
     * cos(x + y) for |x| <= pi/4. Above 0.3 it subtracts a quarter of x (at most 0.28125) from both 1 and
     * x^2/2 first: both differences are exact and the rounding error of the final subtraction shrinks.
     */
    private static double kernelCos(double x, double y) {
        int ix = high(x) & 0x7FFFFFFF;
        if (ix < 0x3E400000 && (int) x == 0) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) {
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3FE90000 ? 0.28125 : Words.fromWords(ix - 0x00200000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /**
     * tan(x + y) for |x| <= pi/4 if {@code k} is 1, -1/tan(x + y) if {@code k} is -1. The reciprocal is
     * computed as a correction of a 21-bit quotient so that it stays within one ulp.
     */
    private static double kernelTan(double x, double y, int k) {
        int hx = high(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix < 0x3E300000 && (int) x == 0) {
            if (((ix | low(x)) | (k + 1)) == 0) {
                return 1.0 / Math.abs(x);
            }
            if (k == 1) {
                return x;
            }
            double w = x + y;
            double z = withLow(w, 0);
            double v = y - (z - x);
            double a = -1.0 / w;
            double t = withLow(a, 0);
            double s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
        boolean large = ix >= 0x3FE59428;
        if (large) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4_LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (large) {
            v = k;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (k == 1) {
            return w;
        }
        z = withLow(w, 0);
        v = r - (z - x);
        double a = -1.0 / w;
        double t = withLow(a, 0);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
}
