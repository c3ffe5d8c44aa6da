package strict_math;

/**
 * atan2(y, x) over every pair of signed zeros, infinities, NaN and finite values: the special cases of the
 * specification (+-0 with either sign of x, +-pi/2 on the axes, +-pi/4 and +-3pi/4 for infinities), the
 * quadrant corrections with pi's tail, and ratios beyond 2^60 either way.
 */
public class Atan2Quadrants {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), d(1.0), d(-1.0), d(0.5), d(-3.0), Double.MIN_VALUE, -Double.MIN_VALUE,
            d(1e300), d(-1e300), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, d(0x1p-61),
            d(0x1p61), d(-0x1p70)};
        for (double y : values) {
            StringBuilder line = new StringBuilder(b(y) + ":");
            for (double x : values) {
                line.append(' ').append(b(StrictMath.atan2(y, x)));
            }
            System.out.println(line);
        }
        for (int k = 0; k < 64; k++) {
            double angle = k * (Math.PI / 32) - Math.PI;
            double y = StrictMath.sin(angle) * 3;
            double x = StrictMath.cos(angle) * 3;
            System.out.println("angle " + k + ": " + b(StrictMath.atan2(y, x)) + " " + b(StrictMath.atan2(y * 1e-200, x * 1e-200))
                    + " " + b(StrictMath.atan2(x, y)));
        }
        long acc = 0;
        for (int i = -30; i <= 30; i++) {
            for (int j = -30; j <= 30; j++) {
                acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.atan2(i * 0.7, j * 1.3));
            }
        }
        System.out.println("grid " + Long.toHexString(acc));
    }
}
