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
import static dev.kiln.runtime.fdlibm.Words.withLow;

/**
 * asin, acos, atan and atan2 as fdlibm computes them. asin and acos share a rational approximation R of
 * (asin(x) - x)/x^3 on [0, 0.5] and reach [0.5, 1] through asin(x) = pi/2 - 2*asin(sqrt((1-x)/2)), with
 * the square root split into a 21-bit head and a correction. atan reduces its argument to one of five
 * intervals around 0, 1/2, 1, 3/2 and infinity and adds the tabulated atan of the centre in two pieces.
 */
public final class InverseTrigonometry {
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double PI = 0x1.921fb54442d18p1;
    private static final double PI_LO = 0x1.1a62633145c07p-53;
    private static final double PIO2_HI = 0x1.921fb54442d18p0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;
    private static final double PIO4_HI = 0x1.921fb54442d18p-1;

    private static final double PS0 = 0x1.5555555555555p-3;
    private static final double PS1 = -0x1.4d61203eb6f7dp-2;
    private static final double PS2 = 0x1.9c1550e884455p-3;
    private static final double PS3 = -0x1.48228b5688f3bp-5;
    private static final double PS4 = 0x1.9efe07501b288p-11;
    private static final double PS5 = 0x1.23de10dfdf709p-15;
    private static final double QS1 = -0x1.33a271c8a2d4bp1;
    private static final double QS2 = 0x1.02ae59c598ac8p1;
    private static final double QS3 = -0x1.6066c1b8d0159p-1;
    private static final double QS4 = 0x1.3b8c5b12e9282p-4;

    /** atan(0.5), atan(1), atan(1.5), atan(inf): heads and tails. */
    private static final double[] ATAN_HI = {
        0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0,
    };
    private static final double[] ATAN_LO = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
    };
    private static final double[] AT = {
        0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
        0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
        0x1.97b4b24760debp-5, -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
    };

    private InverseTrigonometry() {
    }

    /** {@code StrictMath.asin}. */
    public static double asin(double x) {
        int hx = high(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix >= 0x3FF00000) {
            if (((ix - 0x3FF00000) | low(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3FE00000) {
            if (ix < 0x3E400000 && HUGE + x > 1.0) {
                return x;
            }
            double t = x * x;
            return x + x * ratio(t);
        }
        double w = 1.0 - Math.abs(x);
        double t = w * 0.5;
        double p = numerator(t);
        double q = denominator(t);
        double s = Math.sqrt(t);
        if (ix >= 0x3FEF3333) {
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = withLow(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    /** {@code StrictMath.acos}. */
    public static double acos(double x) {
        int hx = high(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix >= 0x3FF00000) {
            if (((ix - 0x3FF00000) | low(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3FE00000) {
            if (ix <= 0x3C600000) {
                return PIO2_HI + PIO2_LO;
            }
            double z = x * x;
            return PIO2_HI - (x - (PIO2_LO - x * ratio(z)));
        }
        if (hx < 0) {
            double z = (1.0 + x) * 0.5;
            double s = Math.sqrt(z);
            double w = ratio(z) * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5;
        double s = Math.sqrt(z);
        double df = withLow(s, 0);
        double c = (z - df * df) / (s + df);
        double w = ratio(z) * s + c;
        return 2.0 * (df + w);
    }

    /** {@code StrictMath.atan}. */
    public static double atan(double x) {
        int hx = high(x);
        int ix = hx & 0x7FFFFFFF;
        int id;
        if (ix >= 0x44100000) {
            if (ix > 0x7FF00000 || (ix == 0x7FF00000 && low(x) != 0)) {
                return x + x;
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3FDC0000) {
            if (ix < 0x3E200000 && HUGE + x > 1.0) {
                return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3FF30000) {
                if (ix < 0x3FE60000) {
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) {
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    /** {@code StrictMath.atan2}: the quadrant from the signs, special values first. */
    public static double atan2(double y, double x) {
        int hx = high(x);
        int ix = hx & 0x7FFFFFFF;
        int lx = low(x);
        int hy = high(y);
        int iy = hy & 0x7FFFFFFF;
        int ly = low(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7FF00000 || (iy | ((ly | -ly) >>> 31)) > 0x7FF00000) {
            return x + y;
        }
        if (((hx - 0x3FF00000) | lx) == 0) {
            return atan(y);
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) {
            return switch (m) {
                case 0, 1 -> y;
                case 2 -> PI + TINY;
                default -> -PI - TINY;
            };
        }
        if ((ix | lx) == 0) {
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        if (ix == 0x7FF00000) {
            if (iy == 0x7FF00000) {
                return switch (m) {
                    case 0 -> PIO4_HI + TINY;
                    case 1 -> -PIO4_HI - TINY;
                    case 2 -> 3.0 * PIO4_HI + TINY;
                    default -> -3.0 * PIO4_HI - TINY;
                };
            }
            return switch (m) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> PI + TINY;
                default -> -PI - TINY;
            };
        }
        if (iy == 0x7FF00000) {
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            z = PIO2_HI + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) {
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        return switch (m) {
            case 0 -> z;
            case 1 -> -z;
            case 2 -> PI - (z - PI_LO);
            default -> (z - PI_LO) - PI;
        };
    }

    /** R(t) = P(t)/Q(t), the rational approximation of (asin(x) - x)/x^3 at t = x^2. */
    private static double ratio(double t) {
        return numerator(t) / denominator(t);
    }

    private static double numerator(double t) {
        return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    }

    private static double denominator(double t) {
        return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    }
}
