package strict_math;

/**
 * StrictMath.sin, cos and tan bit for bit: a grid over [-10, 10], multiples of pi/4 and pi/2 with their
 * neighbours (where the reduced argument cancels), the thresholds where fdlibm's kernels change method
 * (2^-27, 0.3, 0.78125, 0.6744, pi/4, 3pi/4), tiny and subnormal arguments, zeros, infinities and NaN.
 */
public class TrigFunctions {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    static void show(double x) {
        System.out.println(Long.toHexString(Double.doubleToRawLongBits(x)) + ": " + b(StrictMath.sin(x)) + " "
                + b(StrictMath.cos(x)) + " " + b(StrictMath.tan(x)));
    }

    public static void main(String[] args) {
        double[] specials = {d(0.0), d(-0.0), Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, d(1e-300),
            d(0x1p-28), d(0x1p-27), Math.nextDown(0x1p-27), d(0x1p-26), d(1e-9), d(0.3), Math.nextDown(0.3),
            d(0.78125), Math.nextUp(0.78125), d(0.6744), d(0x1.59428p-1), Math.nextDown(0x1.59428p-1), d(0.5),
            d(1.0), d(-1.0), d(2.0), d(3.0), d(Math.PI), d(-Math.PI), d(Math.E), Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, d(0x1.921fb54442d18p-1), Math.nextUp(0x1.921fb54442d18p-1),
            d(0x1.921fbp-1), d(0x1.2d97c7f3321d2p1), Math.nextDown(0x1.2d97c7f3321d2p1)};
        for (double x : specials) {
            show(x);
        }
        for (int k = -16; k <= 16; k++) {
            double q = k * (Math.PI / 4);
            show(Math.nextDown(q));
            show(q);
            show(Math.nextUp(q));
        }
        for (double x = -10; x <= 10; x += 0.37) {
            show(x);
        }
        long acc = 0;
        for (int k = 0; k < 4000; k++) {
            double x = (k - 2000) * 0.0123456789;
            acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.sin(x)) + 3 * Double.doubleToRawLongBits(StrictMath.cos(x))
                    + 7 * Double.doubleToRawLongBits(StrictMath.tan(x));
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
