package numbers;

/**
 * drem is the exact truncating remainder (C's fmod, not IEEE's remainder): the dividend's sign, NaN for
 * an infinite dividend or a zero divisor, the dividend itself for an infinite divisor, exact even when
 * the quotient has hundreds of digits, and subnormal results.
 */
public class DoubleRemainderEdges {
    static double d(double v) { return v; }

    static String bits(double v) {
        return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v));
    }

    public static void main(String[] args) {
        double inf = Double.POSITIVE_INFINITY;
        double[] values = {d(0.0), d(-0.0), d(1.0), d(-1.0), d(2.5), d(-2.5), d(3.0), d(0.1), d(-0.7),
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, d(1e-310), Double.MAX_VALUE, -Double.MAX_VALUE,
            d(1e300), d(0x1p1000), inf, -inf, Double.NaN};
        for (double a : values) {
            StringBuilder line = new StringBuilder(bits(a) + " %");
            for (double b : values) {
                line.append(' ').append(bits(a % b));
            }
            System.out.println(line);
        }
        System.out.println("1e300 % 3 = " + (d(1e300) % d(3)));
        System.out.println("MAX % MIN = " + bits(Double.MAX_VALUE % Double.MIN_VALUE));
        System.out.println("MAX % 0.1 = " + (Double.MAX_VALUE % d(0.1)));
        System.out.println("1 % 0.1 = " + (d(1.0) % d(0.1)));
        System.out.println("-1 % 0.1 = " + (d(-1.0) % d(0.1)));
        System.out.println("5.5 % -2 = " + (d(5.5) % d(-2)));
        System.out.println("-5.5 % -2 = " + (d(-5.5) % d(-2)));
        System.out.println("-4 % 2 = " + bits(d(-4) % d(2)));
        System.out.println("0x1p-1022 % 3e-323 = " + bits(Double.MIN_NORMAL % d(3e-323)));
        System.out.println("1e-310 % 7e-320 = " + bits(d(1e-310) % d(7e-320)));
        double x = d(1e22);
        x %= d(7.3);
        System.out.println("1e22 %= 7.3 -> " + x);
        long acc = 0;
        for (int k = 1; k < 200; k++) {
            acc = acc * 31 + Double.doubleToRawLongBits(d(k * 1.1e15) % d(k * 0.37));
        }
        System.out.println("sweep " + acc);
    }
}
