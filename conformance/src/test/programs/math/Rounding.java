package math;

/** floor, ceil, rint and round: halves, negatives, signed zeros, NaN, infinities and huge values. */
public class Rounding {
    static String bits(double d) { return Long.toHexString(Double.doubleToLongBits(d)); }

    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 2.4, -2.6, 1e15 + 0.5,
                4503599627370497.0, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 9.2233720368547758E18, -9.3e18, 3.0};
        for (double v : vals) {
            System.out.println(bits(v) + ": floor " + bits(Math.floor(v)) + " ceil " + bits(Math.ceil(v)) + " rint " + bits(Math.rint(v))
                    + " round " + Math.round(v));
        }
        float[] fvals = {0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f, 0.49999997f, 8388609f, 1e10f, -1e10f, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, -0.0f};
        for (float v : fvals) {
            System.out.println(Integer.toHexString(Float.floatToIntBits(v)) + ": round " + Math.round(v));
        }
        System.out.println(Math.floor(2.7) + " " + Math.ceil(2.1) + " " + Math.rint(3.5) + " " + Math.rint(4.5) + " " + Math.round(2.7)
                + " " + Math.floor(-2.7) + " " + Math.ceil(-2.1) + " " + Math.round(-2.7));
        System.out.println(Math.ceil(-0.5) + " " + Math.floor(-0.0) + " " + Math.rint(-0.4) + " " + Math.round(-0.4));
        long sum = 0;
        for (double x = -5; x <= 5; x += 0.25) {
            sum = sum * 3 + Math.round(x) + (long) Math.floor(x) * 7 + (long) Math.ceil(x) * 11 + (long) Math.rint(x) * 13;
        }
        System.out.println("sum " + sum);
    }
}
