package strict_math;

/**
 * pow's special cases from the specification, over every pair of zeros, ones, halves, twos, odd and
 * even integers (small and beyond 2^53), non-integers, infinities, NaN and subnormals: 1 for a zero
 * exponent, NaN propagation, the signs of zero and infinite results for negative bases, NaN for a
 * negative base with a non-integral exponent, and |1|^infinity.
 */
public class PowSpecialCases {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    public static void main(String[] args) {
        double[] values = {d(0.0), d(-0.0), d(1.0), d(-1.0), d(0.5), d(-0.5), d(2.0), d(-2.0), d(3.0), d(-3.0),
            d(1.5), d(-1.5), d(0x1p52 + 1), d(-(0x1p52 + 1)), d(0x1p53), d(1e300), d(-1e300), Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            d(0.9999999999999999), d(1.0000000000000002), d(0x1p31 + 1), d(-(0x1p31 + 1)), d(0x1p64)};
        for (double x : values) {
            StringBuilder line = new StringBuilder(b(x) + ":");
            for (double y : values) {
                line.append(' ').append(b(StrictMath.pow(x, y)));
            }
            System.out.println(line);
        }
        System.out.println("pow(x, 1) is x: " + b(StrictMath.pow(d(0.1), d(1))) + ", pow(x, -1): " + b(StrictMath.pow(d(0.1), d(-1))));
        System.out.println("pow(-8, 1/3): " + b(StrictMath.pow(d(-8), d(1.0 / 3))) + ", pow(-0.0, 0.5): "
                + b(StrictMath.pow(d(-0.0), d(0.5))) + ", pow(-inf, 0.5): " + b(StrictMath.pow(Double.NEGATIVE_INFINITY, d(0.5))));
    }
}
