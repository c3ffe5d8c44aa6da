package strict_math;

/**
 * Kiln's Math returns StrictMath's (fdlibm's) results. HotSpot's Math.sin, cos, tan, exp, log, log10 and
 * pow (and on JDK 24+ tanh and cbrt) are intrinsics that differ from StrictMath in the last bit for a
 * few percent of arguments, identically in the interpreter and in compiled code (docs/runtime-lib.md),
 * so those functions are printed only for the arguments listed here minus each function's exceptions,
 * measured on JDK 17 and 25; their values are 1-ulp different on HotSpot (Math.exp(1.0) is
 * 2.718281828459045 there, StrictMath.exp(1.0) is 2.7182818284590455). The other functions are
 * StrictMath's on HotSpot too and are printed over a grid.
 */
public class MathMatchesStrictMath {
    static final double[] ARGUMENTS = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300, 0x1p-30, -0x1p-30,
        1e-9, -1e-9, 1e-6, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 1.0, -1.0, 1.5, 2.0, -2.0, 3.0, -3.0, 4.0, 5.0, 7.0, 8.0,
        10.0, 16.0, 27.0, 100.0, 1000.0, 1e6, 1e10, 1e20, 1e100, 1e300, -0.5, -0.1, Math.PI, -Math.PI, Math.PI / 2,
        Math.PI / 4, Math.E, 0.3, 0.7, 1.1, 2.5, 6.0, 12.5, 0.2, 0.4, 0.6, 0.8, 0.9, 1.2, 1.25, 1.75, 20.0, 50.0, 64.0,
        700.0, -700.0, 710.0, -746.0, 1024.0, -1.5, -2.5, -10.0, -100.0, 0.05, 0.125, 3.5, 9.0, 11.0, 13.0, 0.0625,
        1e-20, 1e-100};
    static final double[] COS_DIFFERS = {0.1, 1000.0, -0.1, 6.0};
    static final double[] TAN_DIFFERS = {4.0, 7.0, 1024.0};
    static final double[] EXP_DIFFERS = {1.0, 1.75, -10.0, 0.0625};
    static final double[] LOG_DIFFERS = {3.0};
    static final double[] LOG10_DIFFERS = {0.75, Math.PI, 1.1, 0.6, 1.75, 11.0};
    static final double[] TANH_DIFFERS = {0.7, 0.8, 0.125};
    static final double[] CBRT_DIFFERS = {2.5, 20.0, 50.0, -2.5, 13.0};

    static final double[] POW_BASES = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, 10.0, 0.5, 0.1, 7.0, -3.0, 1.5,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, 100.0, 16.0, 1e10};
    static final double[] POW_EXPONENTS = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, 0.5, -0.5, 10.0, 0.25, 1.5, 3.5, -3.0,
        100.0, 1000.0, -1000.0, 0.1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 52.0, 53.0, 1.0 / 3};
    /** Pairs (base, exponent) where HotSpot's Math.pow differs from StrictMath.pow. */
    static final double[][] POW_DIFFERS = {{2.0, -0.5}, {2.0, 1.5}, {2.0, 3.5}, {0.5, -0.5}, {0.5, 0.25}, {0.5, 1.5},
        {0.5, 3.5}, {7.0, -2.0}, {7.0, -0.5}, {7.0, 1.5}, {1.5, 0.25}, {1e-300, 1.0 / 3}, {100.0, 0.25},
        {16.0, 1.0 / 3}, {1e10, -2.0}, {1e10, -0.5}, {1e10, 0.25}};

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    static boolean listed(double x, double[] list) {
        for (double v : list) {
            if (Double.doubleToLongBits(v) == Double.doubleToLongBits(x)) {
                return true;
            }
        }
        return false;
    }

    static String same(double math, double strict) {
        return b(math) + (Double.doubleToLongBits(math) == Double.doubleToLongBits(strict) ? "" : "!");
    }

    public static void main(String[] args) {
        for (double x : ARGUMENTS) {
            StringBuilder line = new StringBuilder(b(x) + ":");
            line.append(" sin ").append(same(Math.sin(x), StrictMath.sin(x)));
            if (!listed(x, COS_DIFFERS)) {
                line.append(" cos ").append(same(Math.cos(x), StrictMath.cos(x)));
            }
            if (!listed(x, TAN_DIFFERS)) {
                line.append(" tan ").append(same(Math.tan(x), StrictMath.tan(x)));
            }
            if (!listed(x, EXP_DIFFERS)) {
                line.append(" exp ").append(same(Math.exp(x), StrictMath.exp(x)));
            }
            if (!listed(x, LOG_DIFFERS)) {
                line.append(" log ").append(same(Math.log(x), StrictMath.log(x)));
            }
            if (!listed(x, LOG10_DIFFERS)) {
                line.append(" log10 ").append(same(Math.log10(x), StrictMath.log10(x)));
            }
            if (!listed(x, TANH_DIFFERS)) {
                line.append(" tanh ").append(same(Math.tanh(x), StrictMath.tanh(x)));
            }
            if (!listed(x, CBRT_DIFFERS)) {
                line.append(" cbrt ").append(same(Math.cbrt(x), StrictMath.cbrt(x)));
            }
            System.out.println(line);
        }
        for (double x : POW_BASES) {
            StringBuilder line = new StringBuilder("pow " + b(x) + ":");
            for (double y : POW_EXPONENTS) {
                boolean differs = false;
                for (double[] pair : POW_DIFFERS) {
                    differs |= Double.doubleToLongBits(pair[0]) == Double.doubleToLongBits(x)
                            && Double.doubleToLongBits(pair[1]) == Double.doubleToLongBits(y);
                }
                line.append(' ').append(differs ? "-" : same(Math.pow(x, y), StrictMath.pow(x, y)));
            }
            System.out.println(line);
        }
        long acc = 0;
        int mismatches = 0;
        for (int i = -300; i <= 300; i++) {
            double x = i * 0.0071;
            double y = i * 3.7 + 0.5;
            double[] math = {Math.asin(x), Math.acos(x), Math.atan(y), Math.atan2(x, y), Math.sinh(x * 100), Math.cosh(y / 5),
                Math.expm1(x * 7), Math.log1p(y), Math.hypot(x, y), Math.IEEEremainder(y, x + 0.3)};
            double[] strict = {StrictMath.asin(x), StrictMath.acos(x), StrictMath.atan(y), StrictMath.atan2(x, y),
                StrictMath.sinh(x * 100), StrictMath.cosh(y / 5), StrictMath.expm1(x * 7), StrictMath.log1p(y),
                StrictMath.hypot(x, y), StrictMath.IEEEremainder(y, x + 0.3)};
            for (int k = 0; k < math.length; k++) {
                acc = acc * 31 + Double.doubleToLongBits(math[k]);
                if (Double.doubleToLongBits(math[k]) != Double.doubleToLongBits(strict[k])) {
                    mismatches++;
                }
            }
        }
        System.out.println("delegated grid " + Long.toHexString(acc) + " mismatches " + mismatches);
    }
}
