package numbers;

/**
 * f2i, f2l, d2i and d2l: truncation toward zero, saturation at both ends of the range (including the
 * first values past each end, found by stepping one ulp at a time), NaN of any payload to 0.
 */
public class FloatToIntegerSaturation {
    static float f(float v) { return v; }
    static double d(double v) { return v; }

    static void floatLine(float v) {
        System.out.println("f " + Integer.toHexString(Float.floatToRawIntBits(v)) + " -> i " + (int) v + " l " + (long) v);
    }

    static void doubleLine(double v) {
        System.out.println("d " + Long.toHexString(Double.doubleToRawLongBits(v)) + " -> i " + (int) v + " l " + (long) v);
    }

    public static void main(String[] args) {
        float[] floats = {f(0f), f(-0f), Float.MIN_VALUE, -Float.MIN_VALUE, f(0.5f), f(-0.5f), f(0.99999994f),
            f(-0.99999994f), f(1f), f(-1f), f(1.5f), f(-1.5f), f(8388607.5f), f(16777216f), f(-16777217f),
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.intBitsToFloat(0x7fc00000), Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x7f800001),
            Float.intBitsToFloat(0xff812345), Float.intBitsToFloat(0x7fffffff)};
        for (float v : floats) {
            floatLine(v);
        }
        float[] floatEdges = {0x1p31f, -0x1p31f, 0x1p63f, -0x1p63f};
        for (float edge : floatEdges) {
            float v = Math.nextDown(Math.nextDown(edge));
            for (int i = 0; i < 5; i++) {
                floatLine(v);
                v = Math.nextUp(v);
            }
        }

        double[] doubles = {d(0.0), d(-0.0), Double.MIN_VALUE, -Double.MIN_VALUE, d(0.5), d(-0.5),
            d(0.9999999999999999), d(-0.9999999999999999), d(1.0), d(-1.0), d(2.5), d(-2.5), d(1e10), d(-1e10),
            d(4503599627370495.5), d(9007199254740993.0), d(1e19), d(-1e19), d(1e300), d(-1e300),
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.longBitsToDouble(0x7ff8000000000000L), Double.longBitsToDouble(0xfff8000000000000L),
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff123456789abcdL)};
        for (double v : doubles) {
            doubleLine(v);
        }
        double[] doubleEdges = {2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 0x1p63, -0x1p63};
        for (double edge : doubleEdges) {
            double v = Math.nextDown(Math.nextDown(edge));
            for (int i = 0; i < 5; i++) {
                doubleLine(v);
                v = Math.nextUp(v);
            }
        }
        doubleLine(d(2147483647.4));
        doubleLine(d(2147483647.9999998));
        doubleLine(d(-2147483648.9999998));
        long sum = 0;
        for (double x = -1e20; x <= 1e20; x += 7.3e18) {
            sum = sum * 31 + (int) x + (long) x;
        }
        System.out.println("sweep " + sum);
    }
}
