package arith_double;

/** Double % (truncated, dividend's sign) with negative, zero, infinite and NaN operands. */
public class DoubleRemainder {
    static double d(double v) { return v; }

    public static void main(String[] args) {
        double inf = Double.POSITIVE_INFINITY;
        double nan = Double.NaN;
        double[] as = {d(5.5), d(-5.5), d(10), d(-10), d(0.0), d(-0.0), d(1e300), d(0.7), inf, -inf, nan};
        double[] bs = {d(2), d(-2), d(0.1), d(3), d(-3), inf, -inf, d(0.0), d(-0.0), nan, d(1e-300)};
        for (double a : as) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(" %:");
            for (double b : bs) {
                line.append(' ').append(Long.toHexString(Double.doubleToLongBits(a % b)));
            }
            System.out.println(line);
        }
        System.out.println(d(5.5) % d(2));
        System.out.println(d(-5.5) % d(2));
        System.out.println(d(5.5) % d(-2));
        System.out.println(d(-5.5) % d(-2));
        System.out.println(d(-6) % d(3));
        System.out.println(d(6) % d(-3));
        System.out.println(d(3) % inf);
        System.out.println(d(-3) % -inf);
        System.out.println(inf % d(3));
        System.out.println(d(3) % d(0));
        System.out.println(d(-0.0) % d(5));
        System.out.println(d(7.25) % d(0.5));
        System.out.println(d(1e17) % d(3));
        double acc = 1000;
        acc %= 33.5;
        System.out.println(acc);
        for (int k = -3; k <= 3; k++) {
            System.out.println(k + " % 2.5 = " + (k % d(2.5)) + ", 2.5 % " + k + " = " + (d(2.5) % k));
        }
    }
}
