package numbers;

/**
 * f2d is exact; d2f rounds to nearest, ties to even, overflows to infinity exactly from the midpoint
 * between Float.MAX_VALUE and 2^128, produces float subnormals and underflows to a signed zero.
 */
public class FloatDoubleConversion {
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    static void narrow(double v) {
        float r = (float) v;
        String bits = r != r ? "NaN" : Integer.toHexString(Float.floatToRawIntBits(r));
        System.out.println("d2f " + Long.toHexString(Double.doubleToRawLongBits(v)) + " -> " + bits);
    }

    public static void main(String[] args) {
        double maxFloat = Float.MAX_VALUE;
        double midpoint = maxFloat + Math.ulp(Float.MAX_VALUE) / 2;
        double[] values = {d(0.0), d(-0.0), d(1.0), d(0.1), d(-0.1), d(1.0 / 3), maxFloat, midpoint,
            Math.nextDown(midpoint), Math.nextUp(midpoint), d(3.5e38), d(-3.5e38), d(1e300), Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Float.MIN_VALUE,
            d(Float.MIN_VALUE / 2.0), Math.nextUp(Float.MIN_VALUE / 2.0), Math.nextDown(Float.MIN_VALUE / 2.0),
            d(Float.MIN_VALUE * 1.5), d(Float.MIN_VALUE * 2.5), d(-Float.MIN_VALUE / 4.0), Double.MIN_VALUE,
            -Double.MIN_VALUE, d(Float.MIN_NORMAL), Math.nextDown((double) Float.MIN_NORMAL), d(1e-40), d(-1e-45),
            d(1.0 + 0x1p-24), d(1.0 + 0x1p-24 + 0x1p-52), d(1.0 + 3 * 0x1p-24), d(1.0 - 0x1p-25),
            d(16777217.0), d(16777219.0), d(0x1.fffffefffffffp127), d(0x1.ffffffp127)};
        for (double v : values) {
            narrow(v);
        }
        float[] floats = {f(0.1f), f(-0f), Float.MIN_VALUE, Float.MAX_VALUE, f(1.17549435E-38f), f(3.3333333f),
            Float.POSITIVE_INFINITY};
        for (float v : floats) {
            double w = v;
            System.out.println("f2d " + Integer.toHexString(Float.floatToRawIntBits(v)) + " -> "
                    + Long.toHexString(Double.doubleToRawLongBits(w)) + " back " + ((float) w == v));
        }
        int acc = 0;
        for (double x = 1.0; x < 1.0 + 0x1p-20; x += 0x1p-30) {
            acc = acc * 31 + Float.floatToRawIntBits((float) x);
        }
        System.out.println("d2f sweep " + acc);
    }
}
