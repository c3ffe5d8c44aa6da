package numbers;

/**
 * i2f, l2f, l2d and i2d: exact while the value fits the significand, then rounded to nearest with ties to
 * even; every step around 2^24, 2^53 and the ends of the ranges.
 */
public class IntegerToFloatRounding {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    static String fb(float v) { return Integer.toHexString(Float.floatToRawIntBits(v)); }
    static String db(double v) { return Long.toHexString(Double.doubleToRawLongBits(v)); }

    public static void main(String[] args) {
        int[] intBases = {i(1 << 24), i(-(1 << 24)), i(1 << 25), i(Integer.MAX_VALUE - 3), i(Integer.MIN_VALUE)};
        for (int base : intBases) {
            for (int k = -3; k <= 3; k++) {
                int v = base + k;
                System.out.println("i2f " + v + " = " + fb(v) + " i2d " + db(v));
            }
        }
        long[] longBases = {l(1L << 24), l(1L << 53), l(-(1L << 53)), l(1L << 54), l(Long.MAX_VALUE - 3),
            l(Long.MIN_VALUE), l(1L << 40), l(0x7fffff8000000000L)};
        for (long base : longBases) {
            for (long k = -3; k <= 3; k++) {
                long v = base + k;
                System.out.println("l2f " + v + " = " + fb(v) + " l2d " + db(v));
            }
        }
        long[] halfway = {l(0x1000001L), l(0x1000003L), l(0x20000000000001L), l(0x20000000000003L),
            l(0x7fffffc000000000L), l(0x7fffffe000000000L), l(0x7ffffffffffffe00L), l(0x7ffffffffffffc00L),
            l(0x8000008000000000L), l(0x80000000000000ffL)};
        for (long v : halfway) {
            System.out.println("tie " + Long.toHexString(v) + " l2f " + fb(v) + " l2d " + db(v));
        }
        int acc = 0;
        for (int v = 16777200; v < 16777300; v++) {
            acc = acc * 31 + Float.floatToRawIntBits((float) v);
        }
        System.out.println("i2f sweep " + acc);
        long accLong = 0;
        for (long v = (1L << 53) - 50; v < (1L << 53) + 50; v++) {
            accLong = accLong * 31 + Double.doubleToRawLongBits((double) v) + Float.floatToRawIntBits((float) v);
        }
        System.out.println("l2d sweep " + accLong);
        System.out.println("(float) 16777217 == 16777216f " + ((float) i(16777217) == 16777216f));
        System.out.println("(int)(float) MAX " + (int) (float) Integer.MAX_VALUE);
        System.out.println("(long)(double) MAX " + (long) (double) Long.MAX_VALUE);
        System.out.println("(long)(float) MIN " + (long) (float) Long.MIN_VALUE);
    }
}
