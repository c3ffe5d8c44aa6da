package strict_math;

/**
 * hypot, cbrt and IEEEremainder bit for bit. hypot: infinity beats NaN, the rescaling for huge, tiny and
 * subnormal operands, operand ratios around 2 and beyond 2^60. cbrt: signs, subnormals, perfect cubes.
 * IEEEremainder: the quotient rounded to nearest with ties to even (so results up to |p|/2 of either
 * sign), zeros keeping the dividend's sign, NaN for an infinite dividend or zero divisor.
 */
public class HypotCbrtRemainder {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), d(1.0), d(-1.0), d(3.0), d(4.0), d(-2.5), d(0.1), Double.MIN_VALUE,
            d(1e-310), Double.MIN_NORMAL, d(0x1p-500), d(0x1p500), d(1e300), Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, d(0x1p61), d(7.0)};
        for (double x : values) {
            StringBuilder hypot = new StringBuilder("hypot " + b(x) + ":");
            StringBuilder remainder = new StringBuilder("rem " + b(x) + ":");
            for (double y : values) {
                hypot.append(' ').append(b(StrictMath.hypot(x, y)));
                remainder.append(' ').append(b(StrictMath.IEEEremainder(x, y)));
            }
            System.out.println(hypot);
            System.out.println(remainder);
            System.out.println("cbrt " + b(x) + ": " + b(StrictMath.cbrt(x)) + " " + b(StrictMath.cbrt(-x)));
        }
        for (int k = -10; k <= 10; k++) {
            double x = k + 0.5;
            System.out.println("rem(" + x + ", 1) = " + StrictMath.IEEEremainder(x, d(1)) + ", rem(" + k + ", 2) = "
                    + StrictMath.IEEEremainder(k, d(2)) + ", rem(" + (k * 1.5) + ", -3) = " + StrictMath.IEEEremainder(k * 1.5, d(-3))
                    + ", cbrt(" + (k * k * k) + ") = " + StrictMath.cbrt(k * k * k));
        }
        System.out.println("rem(1e300, 3) " + b(StrictMath.IEEEremainder(d(1e300), d(3))) + ", rem(MAX, MIN) "
                + b(StrictMath.IEEEremainder(Double.MAX_VALUE, Double.MIN_VALUE)) + ", rem(5e-324 * 3, 5e-324 * 2) "
                + b(StrictMath.IEEEremainder(Double.MIN_VALUE * 3, Double.MIN_VALUE * 2)) + ", rem(MAX, MAX/3) "
                + b(StrictMath.IEEEremainder(Double.MAX_VALUE, Double.MAX_VALUE / 3)));
        long acc = 0;
        for (int i = -40; i <= 40; i++) {
            for (int j = 1; j <= 40; j++) {
                double x = i * 1.37e5;
                double y = j * 0.731;
                acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.hypot(x, y)) + Double.doubleToRawLongBits(StrictMath.IEEEremainder(x, y))
                        + Double.doubleToRawLongBits(StrictMath.cbrt(x * y)) + Double.doubleToRawLongBits(StrictMath.hypot(y, y * 1.9));
            }
        }
        System.out.println("grid " + Long.toHexString(acc));
    }
}
