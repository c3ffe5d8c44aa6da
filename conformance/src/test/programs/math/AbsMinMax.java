package math;

/** Math.abs, min and max on every numeric type, including MIN_VALUE, NaN and the ordering of -0.0 and 0.0. */
public class AbsMinMax {
    static String bits(double d) { return Long.toHexString(Double.doubleToLongBits(d)); }

    static String bits(float f) { return Integer.toHexString(Float.floatToIntBits(f)); }

    public static void main(String[] args) {
        int[] ints = {0, 5, -5, Integer.MAX_VALUE, Integer.MIN_VALUE, -Integer.MAX_VALUE};
        for (int v : ints) {
            System.out.println("abs(" + v + ") = " + Math.abs(v) + " min/max with 0: " + Math.min(v, 0) + " " + Math.max(v, 0));
        }
        long[] longs = {0, -7, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long v : longs) {
            System.out.println("abs(" + v + "L) = " + Math.abs(v) + " min/max with -1: " + Math.min(v, -1L) + " " + Math.max(v, -1L));
        }
        double nz = -0.0;
        double pz = 0.0;
        double nan = Double.NaN;
        System.out.println("abs(-0.0) " + bits(Math.abs(nz)) + " abs(-inf) " + Math.abs(Double.NEGATIVE_INFINITY) + " abs(NaN) " + Math.abs(nan)
                + " abs(-2.5) " + Math.abs(-2.5));
        System.out.println("min(-0,0) " + bits(Math.min(nz, pz)) + " min(0,-0) " + bits(Math.min(pz, nz)) + " max(-0,0) "
                + bits(Math.max(nz, pz)) + " max(0,-0) " + bits(Math.max(pz, nz)));
        System.out.println("min(NaN,1) " + Math.min(nan, 1.0) + " max(1,NaN) " + Math.max(1.0, nan) + " min(-inf,NaN) "
                + Math.min(Double.NEGATIVE_INFINITY, nan) + " max(inf,-inf) " + Math.max(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        float fnz = -0.0f;
        float fpz = 0.0f;
        System.out.println("float: abs(-0) " + bits(Math.abs(fnz)) + " min(-0,0) " + bits(Math.min(fnz, fpz)) + " max(-0,0) "
                + bits(Math.max(fnz, fpz)) + " min(NaN,2) " + Math.min(Float.NaN, 2f) + " max(3,NaN) " + Math.max(3f, Float.NaN)
                + " abs(-1.5) " + Math.abs(-1.5f));
        System.out.println(Math.min(3, 7L) + " " + Math.max(2.5f, 2) + " " + Math.max('a', 'b') + " " + Math.min((byte) -3, (short) 4));
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int seed = 99;
        for (int k = 0; k < 100; k++) {
            seed = seed * 1664525 + 1013904223;
            lo = Math.min(lo, seed);
            hi = Math.max(hi, seed);
        }
        System.out.println("range " + lo + " .. " + hi);
    }
}
