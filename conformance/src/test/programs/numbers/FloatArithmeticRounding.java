package numbers;

/**
 * float arithmetic rounds once, to float (never through a double intermediate), and double arithmetic
 * rounds once, to double: ties to even, gradual underflow to subnormals, overflow to infinity, no fused
 * multiply-add, and the float results that double rounding would get wrong.
 */
public class FloatArithmeticRounding {
    static float f(float v) { return v; }
    static double d(double v) { return v; }

    static String b(float v) { return v != v ? "NaN" : Integer.toHexString(Float.floatToRawIntBits(v)); }
    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    public static void main(String[] args) {
        float one = f(1f);
        float ulpHalf = f(0x1p-24f);
        System.out.println("1 + 2^-24 = " + b(one + ulpHalf) + ", (1 + 2^-23) + 2^-24 = " + b(f(1f + 0x1p-23f) + ulpHalf));
        System.out.println("1 - 2^-25 = " + b(one - f(0x1p-25f)) + ", 1 - 2^-24 = " + b(one - ulpHalf));
        float a = f(16777215f);
        System.out.println("16777215 + 1 = " + b(a + one) + ", + 2 = " + b(a + f(2f)) + ", + 3 = " + b(a + f(3f)));
        float x = f(1.0000001f);
        float y = f(0.99999994f);
        System.out.println("x * y = " + b(x * y) + ", (float)((double) x * y) = " + b((float) ((double) x * y)));
        float p = f(3.4028235e38f);
        System.out.println("MAX + MAX = " + b(p + p) + ", MAX * 1.0000001 = " + b(p * x) + ", MAX + ulp/2 = "
                + b(p + Math.ulp(p) / 2));
        System.out.println("MIN_NORMAL / 2 = " + b(Float.MIN_NORMAL / f(2f)) + ", MIN / 2 = " + b(Float.MIN_VALUE / f(2f))
                + ", 3 * MIN / 2 = " + b(f(3f) * Float.MIN_VALUE / f(2f)) + ", MIN * 0.75 = " + b(Float.MIN_VALUE * f(0.75f)));
        System.out.println("1e-30 * 1e-30 = " + b(f(1e-30f) * f(1e-30f)) + ", 1e30 * 1e30 = " + b(f(1e30f) * f(1e30f))
                + ", 1 / 3 = " + b(one / f(3f)) + ", 2 / 3 = " + b(f(2f) / f(3f)));
        System.out.println("sqrt 2f = " + b((float) Math.sqrt(f(2f))) + ", 0.1f + 0.2f = " + b(f(0.1f) + f(0.2f))
                + ", 0.1f * 3 = " + b(f(0.1f) * f(3f)));
        float hard = f(1.5f + 0x1p-23f);
        System.out.println("double rounding trap: " + b(hard * hard) + " vs " + b((float) ((double) hard * hard)));
        double dx = d(1.0 + 0x1p-52);
        System.out.println("d: 1 + 2^-53 = " + b(d(1.0) + d(0x1p-53)) + ", dx * dx = " + b(dx * dx) + ", 0.1 * 3 = "
                + b(d(0.1) * d(3)));
        double fa = d(0x1p-30 + 1);
        double fb = d(1 - 0x1p-30);
        double fc = d(-1);
        System.out.println("d: a * b + c = " + b(fa * fb + fc) + " (an fma would give -2^-60 exactly)");
        float ga = f(1 + 0x1p-12f);
        System.out.println("f: a * a - 1 - 2^-11 = " + b(ga * ga - f(1f) - f(0x1p-11f)));
        System.out.println("d: MIN_NORMAL - MIN = " + b(Double.MIN_NORMAL - Double.MIN_VALUE) + ", MIN * 0.5 = "
                + b(Double.MIN_VALUE * d(0.5)) + ", MIN * 1.5 = " + b(Double.MIN_VALUE * d(1.5)) + ", MAX * 2 = "
                + b(Double.MAX_VALUE * d(2)));
        System.out.println("inf - inf " + b(Float.POSITIVE_INFINITY - Float.POSITIVE_INFINITY) + ", inf * 0 "
                + b(Double.POSITIVE_INFINITY * d(0)) + ", inf / inf " + b(Double.POSITIVE_INFINITY / Double.NEGATIVE_INFINITY)
                + ", inf + 1 " + b(Double.POSITIVE_INFINITY + d(1)) + ", 1 / inf " + b(f(-1f) / Float.POSITIVE_INFINITY));
        int acc = 0;
        float fs = f(0f);
        for (int k = 1; k <= 1000; k++) {
            fs += f(1f) / k;
            acc = acc * 31 + Float.floatToRawIntBits(fs * f(k) - f(k) / f(3f));
        }
        System.out.println("float harmonic " + b(fs) + " sweep " + acc);
        long accd = 0;
        double ds = d(0);
        for (int k = 1; k <= 1000; k++) {
            ds += d(1.0) / (k * (double) k);
            accd = accd * 31 + Double.doubleToRawLongBits(ds * k - k / d(7));
        }
        System.out.println("double basel " + b(ds) + " sweep " + accd);
        float mixed = f(0.1f) + (float) d(0.2);
        double widened = f(0.1f) + d(0.2);
        System.out.println("mixed " + b(mixed) + " widened " + b(widened));
    }
}
