package math;

/** sqrt (correctly rounded) and signum on ordinary and special inputs. */
public class SqrtSignum {
    static String bits(double d) { return Long.toHexString(Double.doubleToLongBits(d)); }

    public static void main(String[] args) {
        for (int k = 0; k <= 20; k++) {
            System.out.println("sqrt(" + k + ") = " + Math.sqrt(k));
        }
        double[] specials = {-0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
                1e-300, 0.25, 1e100, 2.0000000000000004};
        for (double v : specials) {
            System.out.println("sqrt bits " + bits(v) + " -> " + bits(Math.sqrt(v)));
        }
        boolean exact = true;
        for (long n = 1; n < 3000; n += 7) {
            double r = Math.sqrt((double) (n * n));
            if (r != n) exact = false;
        }
        System.out.println("perfect squares exact " + exact);
        double[] signs = {-3.5, -0.0, 0.0, 7, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double v : signs) {
            System.out.println("signum " + bits(v) + " -> " + bits(Math.signum(v)));
        }
        float[] fsigns = {-2f, -0f, 0f, 9f, Float.NaN};
        for (float v : fsigns) {
            System.out.println("fsignum " + Integer.toHexString(Float.floatToIntBits(v)) + " -> "
                    + Integer.toHexString(Float.floatToIntBits(Math.signum(v))));
        }
        double x = 2;
        double hyp = Math.sqrt(3 * 3 + 4 * 4);
        System.out.println(hyp + " " + Math.sqrt(x) * Math.sqrt(x) + " " + (Math.sqrt(x) * Math.sqrt(x) == 2));
        System.out.println(Math.sqrt(0.1 + 0.2) + " " + (float) Math.sqrt(2f));
    }
}
