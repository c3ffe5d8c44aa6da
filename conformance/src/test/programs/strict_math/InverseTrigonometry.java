package strict_math;

/**
 * asin, acos and atan bit for bit: a grid over [-1.1, 1.1], the thresholds where fdlibm switches
 * formulas (2^-57, 2^-27, 0.5, 0.975 for asin and acos; 7/16, 11/16, 19/16, 39/16 and 2^66 for atan),
 * exactly 1 and -1, and out-of-domain arguments (NaN).
 */
public class InverseTrigonometry {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    static void show(double x) {
        System.out.println(Long.toHexString(Double.doubleToRawLongBits(x)) + ": " + b(StrictMath.asin(x)) + " "
                + b(StrictMath.acos(x)) + " " + b(StrictMath.atan(x)));
    }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), Double.MIN_VALUE, d(1e-300), d(0x1p-57), Math.nextUp(0x1p-57), d(0x1p-29),
            d(0x1p-27), Math.nextDown(0x1p-27), d(0.5), Math.nextDown(0.5), Math.nextUp(0.5), d(-0.5), d(0.975),
            d(0x1.f3333p-1), Math.nextDown(0x1.f3333p-1), d(0.99999), Math.nextDown(1.0), d(1.0), d(-1.0),
            Math.nextUp(1.0), d(-1.0000001), d(0.4375), Math.nextDown(0.4375), d(0.6875), Math.nextDown(0.6875),
            d(1.1875), Math.nextDown(1.1875), d(2.4375), Math.nextDown(2.4375), d(0x1p66), Math.nextDown(0x1p66),
            d(1e300), Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, d(Math.PI),
            d(-100.0), d(0.70710678118654752), d(0.8660254037844386)};
        for (double x : values) {
            show(x);
        }
        for (double x = -1.1; x <= 1.1; x += 0.0173) {
            show(x);
        }
        for (double x = 1.3; x < 1e20; x *= 2.9) {
            System.out.println("atan " + b(StrictMath.atan(x)) + " " + b(StrictMath.atan(-1 / x)));
        }
        long acc = 0;
        for (int k = 0; k <= 4000; k++) {
            double x = (k - 2000) / 2000.0;
            acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.asin(x)) + 3 * Double.doubleToRawLongBits(StrictMath.acos(x))
                    + 5 * Double.doubleToRawLongBits(StrictMath.atan(x * 50));
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
