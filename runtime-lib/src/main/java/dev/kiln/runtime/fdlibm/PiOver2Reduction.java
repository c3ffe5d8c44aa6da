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

/**
 * Argument reduction for the trigonometric functions (fdlibm's {@code __ieee754_rem_pio2} and
 * {@code __kernel_rem_pio2}): finds n and the remainder r = x - n*pi/2, |r| <= pi/4, as a head and a tail
 * {@code y[0] + y[1]} that carry about 118 bits, so that sin, cos and tan of huge arguments are still
 * faithful to the exact real argument.
 *
 * <p>Three regimes: for |x| < 3pi/4 one subtraction of a 33-bit pi/2 and its 53-bit tail; up to
 * 2^19*pi/2 a Cody-Waite reduction with pi/2 in up to three 33-bit pieces, taking further pieces only
 * when cancellation ate the leading bits; beyond that the Payne-Hanek style kernel, which multiplies the
 * 24-bit chunks of x by the needed window of 2/pi's binary expansion (1584 bits), skipping the part of the
 * product that is a multiple of 8.
 */
final class PiOver2Reduction {
    private static final double HALF = 0.5;
    private static final double TWO_TO_24 = 0x1.0p24;
    private static final double TWO_TO_MINUS_24 = 0x1.0p-24;
    /** 53 bits of 2/pi. */
    private static final double INV_PIO2 = 0x1.45f306dc9c883p-1;
    /** The first 33 bits of pi/2, and pi/2 minus them. */
    private static final double PIO2_1 = 0x1.921fb544p0;
    private static final double PIO2_1T = 0x1.0b4611a626331p-34;
    /** The second 33 bits of pi/2, and pi/2 minus the first two pieces. */
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_2T = 0x1.3198a2e037073p-69;
    /** The third 33 bits of pi/2, and pi/2 minus the first three pieces. */
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    private static final double PIO2_3T = 0x1.b839a252049c1p-104;

    /** 2/pi in 24-bit chunks: chunk i is bits 24i+1 to 24i+24 after the binary point. */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /** High words of n*pi/2 for n = 1 to 32: there cancellation may need the second piece of pi/2. */
    private static final int[] NPIO2_HIGH_WORDS = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    /** pi/2 in 24-bit pieces, for turning the reduced fraction of a turn back into radians. */
    private static final double[] PIO2_PIECES = {
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
        0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
    };

    /** Initial number of 2/pi chunks, minus one, for 53-bit results (fdlibm's {@code jk} for double). */
    private static final int CHUNKS = 4;

    private PiOver2Reduction() {
    }

    /**
     * Reduces {@code x} (|x| > pi/4, finite or not) into {@code y[0] + y[1]} and returns n, whose low two
     * bits select the quadrant. An infinity or NaN gives NaN in both and n = 0.
     */
    static int reduce(double x, double[] y) {
        int hx = high(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix < 0x4002D97C) {
            return reduceNearOneQuadrant(x, hx, ix, y);
        }
        if (ix <= 0x413921FB) {
            return reduceMedium(x, hx, ix, y);
        }
        if (ix >= 0x7FF00000) {
            y[0] = y[1] = x - x;
            return 0;
        }
        int e0 = (ix >> 20) - 1046;
        double z = fromWords(ix - (e0 << 20), low(x));
        double[] chunks = new double[3];
        for (int i = 0; i < 2; i++) {
            chunks[i] = (int) z;
            z = (z - chunks[i]) * TWO_TO_24;
        }
        chunks[2] = z;
        int count = 3;
        while (chunks[count - 1] == 0.0) {
            count--;
        }
        int n = reduceLarge(chunks, y, e0, count);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /** |x| < 3pi/4: n is +-1; 33+53 bits of pi/2 suffice except right at pi/2, where 33+33+53 are used. */
    private static int reduceNearOneQuadrant(double x, int hx, int ix, double[] y) {
        boolean nearPiOver2 = ix == 0x3FF921FB;
        if (hx > 0) {
            double z = x - PIO2_1;
            double tail = PIO2_1T;
            if (nearPiOver2) {
                z -= PIO2_2;
                tail = PIO2_2T;
            }
            y[0] = z - tail;
            y[1] = (z - y[0]) - tail;
            return 1;
        }
        double z = x + PIO2_1;
        double tail = PIO2_1T;
        if (nearPiOver2) {
            z += PIO2_2;
            tail = PIO2_2T;
        }
        y[0] = z + tail;
        y[1] = (z - y[0]) + tail;
        return -1;
    }

    /** |x| <= 2^19*pi/2: Cody-Waite with a second and third piece of pi/2 when bits cancel. */
    private static int reduceMedium(double x, int hx, int ix, double[] y) {
        double t = Math.abs(x);
        int n = (int) (t * INV_PIO2 + HALF);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T;
        if (n < 32 && ix != NPIO2_HIGH_WORDS[n - 1]) {
            y[0] = r - w;
        } else {
            int j = ix >> 20;
            y[0] = r - w;
            int i = j - ((high(y[0]) >> 20) & 0x7FF);
            if (i > 16) {
                t = r;
                w = fn * PIO2_2;
                r = t - w;
                w = fn * PIO2_2T - ((t - r) - w);
                y[0] = r - w;
                i = j - ((high(y[0]) >> 20) & 0x7FF);
                if (i > 49) {
                    t = r;
                    w = fn * PIO2_3;
                    r = t - w;
                    w = fn * PIO2_3T - ((t - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /**
     * The large-argument kernel for positive x = sum of {@code x[i] * 2^(e0 - 24i)} (24-bit chunks);
     * writes the remainder to {@code y} and returns n mod 8.
     */
    private static int reduceLarge(double[] x, double[] y, int e0, int nx) {
        int jx = nx - 1;
        int jv = Math.max(0, (e0 - 3) / 24);
        int q0 = e0 - 24 * (jv + 1);
        double[] f = new double[20];
        double[] q = new double[20];
        int[] iq = new int[20];

        for (int i = 0, j = jv - jx; i <= jx + CHUNKS; i++, j++) {
            f[i] = j < 0 ? 0.0 : TWO_OVER_PI[j];
        }
        for (int i = 0; i <= CHUNKS; i++) {
            q[i] = dot(x, f, jx, i);
        }

        int jz = CHUNKS;
        double z;
        int n;
        int ih;
        while (true) {
            z = q[jz];
            for (int i = 0, j = jz; j > 0; i++, j--) {
                double fw = (int) (TWO_TO_MINUS_24 * z);
                iq[i] = (int) (z - TWO_TO_24 * fw);
                z = q[j - 1] + fw;
            }

            z = Words.scalbn(z, q0);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                int i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }

            if (ih > 0) {
                n += 1;
                int carry = 0;
                for (int i = 0; i < jz; i++) {
                    int j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xFFFFFF - j;
                    }
                }
                if (q0 == 1) {
                    iq[jz - 1] &= 0x7FFFFF;
                } else if (q0 == 2) {
                    iq[jz - 1] &= 0x3FFFFF;
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= Words.scalbn(1.0, q0);
                    }
                }
            }

            if (z != 0.0) {
                break;
            }
            int j = 0;
            for (int i = jz - 1; i >= CHUNKS; i--) {
                j |= iq[i];
            }
            if (j != 0) {
                break;
            }
            int k = 1;
            while (iq[CHUNKS - k] == 0) {
                k++;
            }
            for (int i = jz + 1; i <= jz + k; i++) {
                f[jx + i] = TWO_OVER_PI[jv + i];
                q[i] = dot(x, f, jx, i);
            }
            jz += k;
        }

        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = Words.scalbn(z, -q0);
            if (z >= TWO_TO_24) {
                double fw = (int) (TWO_TO_MINUS_24 * z);
                iq[jz] = (int) (z - TWO_TO_24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        double fw = Words.scalbn(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWO_TO_MINUS_24;
        }

        double[] fq = new double[20];
        for (int i = jz; i >= 0; i--) {
            double sum = 0.0;
            for (int k = 0; k <= CHUNKS && k <= jz - i; k++) {
                sum += PIO2_PIECES[k] * q[i + k];
            }
            fq[jz - i] = sum;
        }

        double sum = 0.0;
        for (int i = jz; i >= 0; i--) {
            sum += fq[i];
        }
        y[0] = ih == 0 ? sum : -sum;
        sum = fq[0] - sum;
        for (int i = 1; i <= jz; i++) {
            sum += fq[i];
        }
        y[1] = ih == 0 ? sum : -sum;
        return n & 7;
    }

    /** {@code q[i]}: the i-th 24-bit column of the product of x's chunks and the window of 2/pi. */
    private static double dot(double[] x, double[] f, int jx, int i) {
        double sum = 0.0;
        for (int j = 0; j <= jx; j++) {
            sum += x[j] * f[jx + i - j];
        }
        return sum;
    }
}
