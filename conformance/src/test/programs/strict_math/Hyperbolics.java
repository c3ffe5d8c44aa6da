package strict_math;

/**
 * sinh, cosh and tanh bit for bit: tiny arguments (2^-55, 2^-28), the switch points (ln2/2, 1, 22,
 * ln(MAX_VALUE)) and the overflow threshold 710.4758600739439 with its neighbours, where the result is
 * still finite only because exp(|x|/2) is squared in two steps.
 */
public class Hyperbolics {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    static void show(double x) {
        System.out.println(Long.toHexString(Double.doubleToRawLongBits(x)) + ": " + b(StrictMath.sinh(x)) + " "
                + b(StrictMath.cosh(x)) + " " + b(StrictMath.tanh(x)));
    }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), Double.MIN_VALUE, d(0x1p-56), d(0x1p-55), d(0x1p-29), d(0x1p-28),
            d(1e-5), d(0.3465), d(0.34657359027997264), d(0.5), Math.nextDown(1.0), d(1.0), d(-1.0), d(2.0), d(10.0),
            Math.nextDown(22.0), d(22.0), d(-22.0), d(30.0), d(709.78), d(709.782712893384), d(709.7827128933841),
            d(710.0), d(710.4758600739439), d(710.475860073944), d(-710.4758600739439), d(711.0), Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : values) {
            show(x);
        }
        for (double x = -25; x <= 25; x += 0.47) {
            show(x);
        }
        long acc = 0;
        for (int k = -3000; k <= 3000; k++) {
            double x = k * 0.0079;
            acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.sinh(x)) + 3 * Double.doubleToRawLongBits(StrictMath.cosh(x))
                    + 5 * Double.doubleToRawLongBits(StrictMath.tanh(x));
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
