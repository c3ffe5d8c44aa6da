package conversions;

/** f2i, f2l, d2i, d2l: truncation toward zero, saturation at the range ends, NaN to 0. */
public class FloatToInt {
    static float f(float v) { return v; }
    static double d(double v) { return v; }

    public static void main(String[] args) {
        float[] fs = {f(0f), f(-0f), f(0.9f), f(-0.9f), f(1.5f), f(-1.5f), f(2.5f), f(-2.5f), f(1e10f), f(-1e10f),
                f(2147483520f), f(2147483648f), f(-2147483648f), f(-2147483904f), f(9.3e18f), f(-9.3e18f),
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE};
        for (float v : fs) {
            System.out.println("float 0x" + Integer.toHexString(Float.floatToIntBits(v)) + " -> int " + (int) v + " long " + (long) v + " short " + (short) v
                    + " byte " + (byte) v + " char " + (int) (char) v);
        }
        double[] ds = {d(0.0), d(-0.0), d(0.999999999), d(-0.999999999), d(2147483647.9), d(2147483648.0),
                d(-2147483648.9), d(-2147483649.0), d(1e19), d(-1e19), d(9.223372036854775E18), d(4.5e15 + 0.5),
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, d(65535.9),
                d(65536.5), d(-1.5), d(300.7)};
        for (double v : ds) {
            System.out.println("double 0x" + Long.toHexString(Double.doubleToLongBits(v)) + " -> int " + (int) v + " long " + (long) v + " short " + (short) v
                    + " byte " + (byte) v + " char " + (int) (char) v);
        }
        System.out.println("(int)NaN = " + (int) d(0.0 / 0.0));
        System.out.println("(long)NaN = " + (long) f(0f / 0f));
        System.out.println("(int)(float)MAX = " + (int) (float) Integer.MAX_VALUE);
        System.out.println("(long)(double)MAX = " + (long) (double) Long.MAX_VALUE);
        System.out.println("(long)(double)MIN = " + (long) (double) Long.MIN_VALUE);
        int sum = 0;
        for (double x = -3.75; x <= 3.75; x += 0.5) {
            sum = sum * 3 + (int) x;
        }
        System.out.println("sum " + sum);
    }
}
