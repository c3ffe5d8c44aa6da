package strict_math;

/**
 * exp, expm1, log, log10 and log1p bit for bit: overflow and underflow thresholds (exp's result
 * becomes subnormal, then zero), the reduction boundaries (ln2/2, 3ln2/2, 56 ln2), subnormal and
 * negative arguments, exact cases (exp(0), log(1), log10 of powers of ten, log1p(-1)).
 */
public class ExponentialsAndLogarithms {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    static void show(double x) {
        System.out.println(Long.toHexString(Double.doubleToRawLongBits(x)) + ": exp " + b(StrictMath.exp(x)) + " expm1 "
                + b(StrictMath.expm1(x)) + " log " + b(StrictMath.log(x)) + " log10 " + b(StrictMath.log10(x))
                + " log1p " + b(StrictMath.log1p(x)));
    }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), Double.MIN_VALUE, d(1e-310), Double.MIN_NORMAL, d(0x1p-54), d(0x1p-29),
            d(0x1p-28), d(1e-10), d(0.1), d(0.34657359027997264), d(0.3465735902799727), d(0.5), d(1.0), d(-1.0),
            Math.nextUp(-1.0), Math.nextDown(-1.0), d(1.0397207708399179), d(1.0397207708399178), d(2.0), d(10.0),
            d(38.816242111356935), d(38.81624211135694), d(100.0), d(709.782712893384), d(709.7827128933841),
            d(-708.3964185322641), d(-708.4), d(-720.0), d(-745.1332191019411), d(-745.1332191019412), d(-746.0),
            d(1000.0), d(-1000.0), Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, d(-0.41421356237309503), d(0.41421356237309503), d(-0.2928932188134524),
            d(-0.29289321881345254), d(0x1p53), d(1e300), d(Math.E), d(0.9999999999999999), Math.nextUp(1.0)};
        for (double x : values) {
            show(x);
        }
        for (int e = -323; e <= 308; e += 17) {
            double p = Double.parseDouble("1e" + e);
            System.out.println("log10(1e" + e + ") " + b(StrictMath.log10(p)) + " log " + b(StrictMath.log(p)));
        }
        for (double x = -40; x <= 40; x += 0.731) {
            show(x);
        }
        for (int k = -1074; k <= 1023; k += 37) {
            double p = Math.scalb(1.0, k);
            System.out.println("2^" + k + ": log " + b(StrictMath.log(p)) + " log10 " + b(StrictMath.log10(p)) + " log1p "
                    + b(StrictMath.log1p(p)));
        }
        long acc = 0;
        for (int k = 1; k <= 5000; k++) {
            double x = k * 0.0131;
            acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.exp(x - 30)) + Double.doubleToRawLongBits(StrictMath.log(x))
                    + Double.doubleToRawLongBits(StrictMath.expm1(-x / 100)) + Double.doubleToRawLongBits(StrictMath.log1p(x / 1000 - 0.002));
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
