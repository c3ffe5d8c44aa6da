package arith_double;

/** NaN, infinities and -0.0 in double arithmetic, comparisons and Double helpers. */
public class DoubleSpecial {
    static double d(double v) { return v; }

    static void show(String label, double v) {
        System.out.println(label + " = " + v + " bits " + Long.toHexString(Double.doubleToLongBits(v)));
    }

    public static void main(String[] args) {
        double zero = d(0.0);
        double negZero = d(-0.0);
        double inf = 1 / zero;
        double nan = zero / zero;
        show("1/0", inf);
        show("-1/0", -1 / zero);
        show("1/-0", 1 / negZero);
        show("0/0", nan);
        show("-0.0", negZero);
        show("0.0 * -5", zero * -5);
        show("-0.0 + 0.0", negZero + zero);
        show("-0.0 - 0.0", negZero - zero);
        show("-0.0 * -0.0", negZero * negZero);
        show("-(0.0)", -zero);
        show("0.0 - 0.0", zero - zero);
        show("-(0.0 - 0.0)", -(zero - zero));
        show("inf - inf", inf - inf);
        show("inf * 0", inf * zero);
        show("-inf * -inf", -inf * -inf);
        show("nan * 0", nan * zero);
        show("1e308 * 10", d(1e308) * 10);
        show("MIN_VALUE / 2", Double.MIN_VALUE / 2);
        show("-MIN_VALUE / 2", -Double.MIN_VALUE / 2);
        System.out.println("nan == nan " + (nan == nan));
        System.out.println("nan != nan " + (nan != nan));
        System.out.println("0.0 == -0.0 " + (zero == negZero));
        System.out.println("1/0.0 == 1/-0.0 " + (1 / zero == 1 / negZero));
        System.out.println("isNaN " + Double.isNaN(nan) + " " + Double.isNaN(inf) + " " + Double.isNaN(1.0));
        System.out.println("isInfinite " + Double.isInfinite(inf) + " " + Double.isInfinite(-inf) + " " + Double.isInfinite(nan));
        System.out.println("compare(0,-0) " + Double.compare(zero, negZero));
        System.out.println("compare(-0,0) " + Double.compare(negZero, zero));
        System.out.println("compare(nan,inf) " + Double.compare(nan, inf));
        System.out.println("compare(nan,nan) " + Double.compare(nan, nan));
        System.out.println("compare(-inf,-1) " + Double.compare(-inf, d(-1)));
        double fromBits = Double.longBitsToDouble(0x7ff8000000000001L);
        System.out.println("nan payload isNaN " + Double.isNaN(fromBits));
        System.out.println("canonical bits " + Long.toHexString(Double.doubleToLongBits(fromBits)));
        System.out.println(Double.longBitsToDouble(0x8000000000000000L));
        System.out.println(Double.longBitsToDouble(0x7ff0000000000000L));
        System.out.println(Double.longBitsToDouble(0xfff0000000000000L));
        System.out.println(Double.POSITIVE_INFINITY + Double.NEGATIVE_INFINITY);
        double sum = 0;
        double[] vals = {1, nan, 2};
        for (double v : vals) {
            sum += v;
        }
        System.out.println("sum with nan " + sum);
    }
}
