package conversions;

/**
 * Conversions chained and hidden: long to float rounds once (not through double, which rounds twice),
 * float and double round trips through int and long at the range ends, compound assignments whose
 * implicit narrowing saturates or wraps (byte += 300, char *= 1.5, long *= 1.5 past 2^63, int /= 0.0),
 * and the types conditional expressions and numeric promotion give to mixed operands. Results as bits.
 */
public class ChainedConversions {
    static long l(long v) { return v; }
    static int i(int v) { return v; }
    static double d(double v) { return v; }
    static float f(float v) { return v; }
    static boolean t(boolean v) { return v; }
    static String fb(float v) { return Integer.toHexString(Float.floatToIntBits(v)); }
    static String db(double v) { return Long.toHexString(Double.doubleToLongBits(v)); }

    public static void main(String[] args) {
        long[] ls = {l((1L << 60) + (1L << 36) + 1), l((1L << 60) + (1L << 36)), l((1L << 60) + (1L << 36) - 1), l(-((1L << 60) + (1L << 36) + 1)),
            l((1L << 55) + (1L << 31) + 1), l(Long.MAX_VALUE), l(Long.MIN_VALUE), l(Long.MIN_VALUE + 1), l((1L << 53) + 1), l((1L << 24) + 1),
            l(0x7FFFFFBFFFFFFFFFL), l(0x7FFFFF7FFFFFFFFFL), l(-0x7FFFFFBFFFFFFFFFL), l(0x1FFFFFF000000001L)};
        for (long v : ls) {
            float direct = v;
            float viaDouble = (float) (double) v;
            System.out.println("l2f " + v + ": direct " + fb(direct) + " via double " + fb(viaDouble) + " same " + (direct == viaDouble)
                    + " back " + (long) direct + " l2d " + db(v) + " back " + (long) (double) v + " exact " + ((long) (double) v == v));
        }
        double[] ds = {d(9.223372036854775807E18), Math.nextDown(d(9.223372036854775807E18)), d(-9.223372036854775808E18),
            Math.nextDown(d(-9.223372036854775808E18)), d(2147483647.0), d(2147483647.5), Math.nextUp(d(2147483647.0)),
            d(-2147483648.5), d(4503599627370497.0), d(1.0e-45), d(3.4028235677973366E38), d(3.4028235677973362E38), d(-1.401298464324817E-45)};
        for (double v : ds) {
            float fv = (float) v;
            System.out.println("d " + db(v) + ": f " + fb(fv) + " f2d " + db(fv) + " l " + (long) v + " i " + (int) v + " f2l " + (long) fv
                    + " f2i " + (int) fv + " l2d " + db((double) (long) v) + " i2f " + fb((float) (int) v) + " s " + (short) v + " c " + (int) (char) v);
        }
        byte by = (byte) i(100);
        by += 300;
        byte by2 = (byte) i(-100);
        by2 -= 2.9;
        short sh = (short) i(32767);
        sh++;
        short sh2 = (short) i(1000);
        sh2 *= 1e10;
        char ch = (char) i('A');
        ch *= 1.5;
        char ch2 = (char) i(2);
        ch2 -= 5;
        int in = i(7);
        in /= d(0.0);
        int in2 = i(-7);
        in2 /= d(-0.0);
        int in3 = i(10);
        in3 *= Float.NaN;
        int in4 = i(Integer.MAX_VALUE);
        in4 += f(1f);
        long lo = l(Long.MAX_VALUE / 2 + 10);
        lo *= 2.5;
        long lo2 = l(-3);
        lo2 >>>= 60;
        long lo3 = l(Long.MAX_VALUE);
        lo3 += d(0.5);
        float fl = f(16777216f);
        fl += 1;
        float fl2 = f(16777216f);
        fl2 += l(1L << 40) + 1;
        System.out.println("compound byte " + by + " " + by2 + " short " + sh + " " + sh2 + " char " + (int) ch + " " + (int) ch2);
        System.out.println("compound int " + in + " " + in2 + " " + in3 + " " + in4 + " long " + lo + " " + lo2 + " " + lo3
                + " float " + fb(fl) + " " + fb(fl2));
        Object o1 = t(true) ? 1 : 2.0;
        Object o2 = t(false) ? 'a' : 98;
        Object o3 = t(true) ? 'a' : i(98);
        Object o4 = t(true) ? (byte) 1 : (short) 2;
        Object o5 = t(true) ? l(1) : f(2f);
        Object o6 = t(true) ? Integer.valueOf(5) : Long.valueOf(6);
        Object o7 = t(true) ? (Object) Integer.valueOf(5) : Long.valueOf(6);
        Object o8 = t(false) ? 1 : 'x';
        Object[] os = {o1, o2, o3, o4, o5, o6, o7, o8};
        for (int k = 0; k < os.length; k++) {
            System.out.println("conditional " + k + ": " + os[k] + " " + os[k].getClass().getName());
        }
        char cc = 'z';
        short ss = (short) i(-2);
        byte bb = (byte) i(-128);
        System.out.println("promotion " + (cc + ss) + " " + (cc * bb) + " " + (char) (cc + 1) + " " + (bb >> 1) + " " + (bb >>> 28)
                + " " + (byte) (bb >>> 1) + " " + (ss & 0xFFFF) + " " + (cc / 2.0f) + " " + (-bb) + " " + (byte) -bb + " " + ~cc);
        long sum = 0;
        for (long k = -2000; k <= 2000; k++) {
            long v = k * 0x0123456789ABCDEFL;
            float direct = v;
            sum = sum * 31 + Float.floatToIntBits(direct) + (long) direct + (int) (double) direct + (short) (float) (v >> 20);
        }
        System.out.println("sweep " + Long.toHexString(sum));
    }
}
