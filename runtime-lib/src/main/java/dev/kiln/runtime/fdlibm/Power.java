/*
 * Transcribed to Java from fdlibm 5.3 (netlib.org/fdlibm; e_pow.c of 2004), whose notice follows.
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
import static dev.kiln.runtime.fdlibm.Words.withLow;

/**
 * pow as fdlibm computes it: log2|x| in two pieces t1 + t2 (t1 with 29 trailing zero bits), the product
 * y*log2|x| = n + y' simulated in extra precision by splitting y the same way, then 2^n * exp(y'*ln2).
 * The special cases of the Java specification (zeros, infinities, NaN, negative bases with integral
 * exponents) are settled first from the bit patterns.
 */
public final class Power {
    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 0x1.2b8034p-1};
    private static final double[] DP_L = {0.0, 0x1.cfdeb43cfd006p-27};
    private static final double TWO_TO_53 = 0x1.0p53;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    /** Coefficients of (3/2)*(log(x) - 2s - 2/3*s^3). */
    private static final double L1 = 0x1.3333333333303p-1;
    private static final double L2 = 0x1.b6db6db6fabffp-2;
    private static final double L3 = 0x1.55555518f264dp-2;
    private static final double L4 = 0x1.17460a91d4101p-2;
    private static final double L5 = 0x1.d864a93c9db65p-3;
    private static final double L6 = 0x1.a7e284a454eefp-3;
    private static final double P1 = 0x1.555555555553ep-3;
    private static final double P2 = -0x1.6c16c16bebd93p-9;
    private static final double P3 = 0x1.1566aaf25de2cp-14;
    private static final double P4 = -0x1.bbd41c5d26bf1p-20;
    private static final double P5 = 0x1.6376972bea4dp-25;
    private static final double LG2 = 0x1.62e42fefa39efp-1;
    private static final double LG2_H = 0x1.62e43p-1;
    private static final double LG2_L = -0x1.05c610ca86c39p-29;
    /** -(1024 - log2(overflow threshold + half an ulp)). */
    private static final double OVT = 8.0085662595372944372e-17;
    /** 2/(3 ln2) and its 24-bit head and tail. */
    private static final double CP = 0x1.ec709dc3a03fdp-1;
    private static final double CP_H = 0x1.ec709ep-1;
    private static final double CP_L = -0x1.e2fe0145b01f5p-28;
    /** 1/ln2 and its 24-bit head and tail. */
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    private static final double INV_LN2_H = 0x1.715476p0;
    private static final double INV_LN2_L = 0x1.4ae0bf85ddf44p-26;

    private Power() {
    }

    /** {@code StrictMath.pow}. */
    public static double pow(double x, double y) {
        int hx = high(x);
        int lx = low(x);
        int hy = high(y);
        int ly = low(y);
        int ix = hx & 0x7FFFFFFF;
        int iy = hy & 0x7FFFFFFF;

        if ((iy | ly) == 0) {
            return 1.0;
        }
        if (ix > 0x7FF00000 || (ix == 0x7FF00000 && lx != 0) || iy > 0x7FF00000 || (iy == 0x7FF00000 && ly != 0)) {
            return x + y;
        }

        int yIsInt = hx < 0 ? integerKind(iy, ly) : 0;

        if (ly == 0) {
            if (iy == 0x7FF00000) {
                if (((ix - 0x3FF00000) | lx) == 0) {
                    return y - y;
                }
                if (ix >= 0x3FF00000) {
                    return hy >= 0 ? y : 0.0;
                }
                return hy < 0 ? -y : 0.0;
            }
            if (iy == 0x3FF00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3FE00000 && hx >= 0) {
                return Math.sqrt(x);
            }
        }

        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000)) {
            double z = ax;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3FF00000) | yIsInt) == 0) {
                    z = (z - z) / (z - z);
                } else if (yIsInt == 1) {
                    z = -z;
                }
            }
            return z;
        }

        int n = (hx >> 31) + 1;
        if ((n | yIsInt) == 0) {
            return (x - x) / (x - x);
        }
        double s = (n | (yIsInt - 1)) == 0 ? -1.0 : 1.0;

        double t1;
        double t2;
        if (iy > 0x41E00000) {
            if (iy > 0x43F00000) {
                if (ix <= 0x3FEFFFFF) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3FF00000) {
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
                }
            }
            if (ix < 0x3FEFFFFF) {
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3FF00000) {
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = INV_LN2_H * t;
            double v = t * INV_LN2_L - w * INV_LN2;
            t1 = withLow(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {
                ax *= TWO_TO_53;
                n -= 53;
                ix = high(ax);
            }
            n += (ix >> 20) - 0x3FF;
            int j = ix & 0x000FFFFF;
            ix = j | 0x3FF00000;
            int k;
            if (j <= 0x3988E) {
                k = 0;
            } else if (j < 0xBB67A) {
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHigh(ax, ix);

            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sH = withLow(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLow(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLow(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = n;
            t1 = withLow(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }

        double y1 = withLow(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = high(z);
        int i = low(z);
        if (j >= 0x40900000) {
            if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
                return s * HUGE * HUGE;
            }
        } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) {
            if (((j - 0xC090CC00) | i) != 0 || pL <= z - pH) {
                return s * TINY * TINY;
            }
        }

        i = j & 0x7FFFFFFF;
        int k = (i >> 20) - 0x3FF;
        n = 0;
        if (i > 0x3FE00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF;
            double t = fromWords(n & ~(0x000FFFFF >> k), 0);
            n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLow(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = high(z) + (n << 20);
        if ((j >> 20) <= 0) {
            z = Words.scalbn(z, n);
        } else {
            z = withHigh(z, j);
        }
        return s * z;
    }

    /**
     * For a negative base: 0 if y (given by its words) is not an integer, 1 if it is an odd integer, 2 if
     * it is an even integer. Every double of magnitude 2^53 or more is an even integer.
     */
    private static int integerKind(int iy, int ly) {
        if (iy >= 0x43400000) {
            return 2;
        }
        if (iy < 0x3FF00000) {
            return 0;
        }
        int k = (iy >> 20) - 0x3FF;
        if (k > 20) {
            int j = ly >>> (52 - k);
            return j << (52 - k) == ly ? 2 - (j & 1) : 0;
        }
        if (ly != 0) {
            return 0;
        }
        int j = iy >> (20 - k);
        return j << (20 - k) == iy ? 2 - (j & 1) : 0;
    }
}
