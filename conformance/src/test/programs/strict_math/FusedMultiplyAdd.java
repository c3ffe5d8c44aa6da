package strict_math;

/**
 * Math.fma and StrictMath.fma: a * b + c with a single rounding, where two roundings differ (products
 * whose low bits decide a tie, sums that cancel to the rounding error of the product, addends below half
 * an ulp), with zeros of both signs, subnormal and overflowing results, infinities and NaN.
 */
public class FusedMultiplyAdd {
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }
    static String b(float v) { return v != v ? "NaN" : Integer.toHexString(Float.floatToRawIntBits(v)); }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), d(1.0), d(-1.0), d(0.1), d(3.0), d(1.0 + 0x1p-52), d(1.0 - 0x1p-53),
            Double.MIN_VALUE, d(0x1p-1022), d(0x1p-537), d(0x1p1000), Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (double a : values) {
            for (double x : values) {
                StringBuilder line = new StringBuilder(b(a) + " " + b(x) + ":");
                for (double c : values) {
                    line.append(' ').append(b(Math.fma(a, x, c)));
                }
                System.out.println(line);
            }
        }
        double p = d(1.0 + 0x1p-30);
        double q = d(1.0 - 0x1p-30);
        System.out.println("(1+e)(1-e) - 1 = " + b(Math.fma(p, q, d(-1.0))) + " vs " + b(p * q - 1.0));
        double third = d(1.0) / 3;
        System.out.println("3 * (1/3) - 1 = " + b(StrictMath.fma(third, d(3.0), d(-1.0))) + " vs " + b(third * 3 - 1));
        System.out.println("0.1 * 10 - 1 = " + b(Math.fma(d(0.1), d(10.0), d(-1.0))));
        System.out.println("tie: " + b(Math.fma(d(1.0 + 0x1p-52), d(1.0 + 0x1p-52), d(0x1p-104))) + " " + b(Math.fma(d(1.0 + 0x1p-52),
                d(1.0 - 0x1p-53), d(0x1p-106))));
        System.out.println("underflow: " + b(Math.fma(Double.MIN_VALUE, d(0.5), d(0.0))) + " " + b(Math.fma(Double.MIN_VALUE, d(-0.5), d(0.0)))
                + " " + b(Math.fma(Double.MIN_VALUE, d(0.75), Double.MIN_VALUE)) + " " + b(Math.fma(d(0x1p-600), d(0x1p-600), d(-0.0))));
        System.out.println("overflow: " + b(Math.fma(Double.MAX_VALUE, d(2.0), -Double.MAX_VALUE)) + " "
                + b(Math.fma(Double.MAX_VALUE, d(1.0 + 0x1p-52), d(0.0))) + " " + b(Math.fma(d(0x1p1000), d(0x1p100), Double.NEGATIVE_INFINITY)));
        float[] floats = {f(0f), f(-0f), f(1f), f(0.1f), f(3f), f(1f + 0x1p-23f), Float.MIN_VALUE, Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NaN};
        for (float a : floats) {
            StringBuilder line = new StringBuilder("f " + b(a) + ":");
            for (float x : floats) {
                for (float c : floats) {
                    line.append(' ').append(b(Math.fma(a, x, c)));
                }
            }
            System.out.println(line);
        }
        float fp = f(1f + 0x1p-12f);
        System.out.println("float (1+e)^2 - 1 = " + b(Math.fma(fp, fp, f(-1f))) + " vs " + b(fp * fp - 1f) + ", strict "
                + b(StrictMath.fma(f(0.1f), f(10f), f(-1f))));
        long acc = 0;
        for (int i = -100; i <= 100; i++) {
            for (int j = -20; j <= 20; j++) {
                double x = i * 0.37 + 1e-3;
                double y = j * 1.1e-2 + 0.5;
                acc = acc * 31 + Double.doubleToRawLongBits(Math.fma(x, y, -x * y)) + Float.floatToRawIntBits(Math.fma((float) x, (float) y, (float) -(x * y)));
            }
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
