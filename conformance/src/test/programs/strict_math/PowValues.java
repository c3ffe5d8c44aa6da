package strict_math;

/**
 * pow's general path bit for bit: integral powers (exact when representable), roots and fractional
 * exponents, negative bases with odd and even integral exponents, bases within 2^-20 of 1 raised to
 * exponents beyond 2^31, and results across the whole range: subnormal, at the underflow threshold
 * (2^-1075), at the overflow threshold (2^1024).
 */
public class PowValues {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    public static void main(String[] args) {
        for (int base = -12; base <= 12; base++) {
            StringBuilder line = new StringBuilder("base " + base + ":");
            for (int e = -25; e <= 25; e += 3) {
                line.append(' ').append(b(StrictMath.pow(base, e)));
            }
            System.out.println(line);
        }
        System.out.println("10^22 " + b(StrictMath.pow(10, 22)) + ", 10^23 " + b(StrictMath.pow(10, 23)) + ", 2^1023 "
                + b(StrictMath.pow(2, 1023)) + ", 2^1024 " + b(StrictMath.pow(2, 1024)) + ", 2^-1074 " + b(StrictMath.pow(2, -1074))
                + ", 2^-1075 " + b(StrictMath.pow(2, -1075)) + ", 3^-680 " + b(StrictMath.pow(3, -680)));
        double[] bases = {d(0.1), d(0.7), d(1.1), d(2.5), d(7.0), d(123.456), d(1e-5), d(1e5), Double.MIN_VALUE,
            d(1e-310), Double.MAX_VALUE};
        double[] exponents = {d(0.5), d(1.0 / 3), d(-0.25), d(2.5), d(-7.3), d(17.0001), d(100.5), d(-100.5), d(1e-10)};
        for (double x : bases) {
            StringBuilder line = new StringBuilder(b(x) + ":");
            for (double y : exponents) {
                line.append(' ').append(b(StrictMath.pow(x, y)));
            }
            System.out.println(line);
        }
        double[] nearOne = {d(1.0 + 0x1p-30), d(1.0 - 0x1p-30), d(1.0 + 0x1p-21), d(1.0 - 0x1p-22), d(1.0 + 1e-9)};
        double[] hugeExponents = {d(0x1p31 + 7), d(-(0x1p31 + 7)), d(3e9), d(1e10), d(-1e12), d(0x1p62), d(1e19)};
        for (double x : nearOne) {
            StringBuilder line = new StringBuilder(b(x) + ":");
            for (double y : hugeExponents) {
                line.append(' ').append(b(StrictMath.pow(x, y))).append('/').append(b(StrictMath.pow(-x, y)));
            }
            System.out.println(line);
        }
        for (double target = -1080; target <= 1030; target += 13.37) {
            double y = target / 1.5849625007211563;
            System.out.println("3^" + b(y) + " = " + b(StrictMath.pow(d(3), y)) + ", (-3)^" + Math.rint(y) + " = "
                    + b(StrictMath.pow(d(-3), Math.rint(y))));
        }
        double[] thresholds = {d(1024.0), Math.nextDown(1024.0), d(-1074.0), d(-1075.0), Math.nextUp(-1075.0), d(-1075.5)};
        for (double t : thresholds) {
            System.out.println("2^" + t + " = " + b(StrictMath.pow(d(2), t)) + ", 4^" + t / 2 + " = " + b(StrictMath.pow(d(4), t / 2))
                    + ", e^" + t + " = " + b(StrictMath.pow(Math.E, t * 0.6931471805599453)));
        }
        long acc = 0;
        for (int i = 1; i <= 60; i++) {
            for (int j = -60; j <= 60; j++) {
                acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.pow(i * 0.37, j * 0.91));
            }
        }
        System.out.println("grid " + Long.toHexString(acc));
    }
}
