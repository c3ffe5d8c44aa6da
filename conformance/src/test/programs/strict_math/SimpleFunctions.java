package strict_math;

/**
 * The StrictMath functions with one exact result (the same as Math's): ulp, nextUp, nextDown and
 * nextAfter across zero, subnormals and the ends of the range; scalb rounding once into subnormals;
 * getExponent; copySign, which in StrictMath treats a NaN sign as positive (Math uses its sign bit);
 * signum, toRadians, toDegrees, floor, ceil, rint and round.
 */
public class SimpleFunctions {
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }
    static String b(float v) { return v != v ? "NaN" : Integer.toHexString(Float.floatToRawIntBits(v)); }

    public static void main(String[] args) {
        double[] ds = {d(0.0), d(-0.0), Double.MIN_VALUE, -Double.MIN_VALUE, d(1e-310), Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), d(1.0), d(-1.0), d(0.1), d(2.5), d(-2.5), d(3.5), d(-0.5), d(0.49999999999999994),
            d(4503599627370495.5), d(4503599627370497.0), d(1e300), Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : ds) {
            System.out.println("d " + b(x) + ": ulp " + b(StrictMath.ulp(x)) + " up " + b(StrictMath.nextUp(x)) + " down "
                    + b(StrictMath.nextDown(x)) + " after+ " + b(StrictMath.nextAfter(x, d(1.0))) + " after- "
                    + b(StrictMath.nextAfter(x, Double.NEGATIVE_INFINITY)) + " after0 " + b(StrictMath.nextAfter(x, d(-0.0)))
                    + " exp " + StrictMath.getExponent(x) + " signum " + b(StrictMath.signum(x)) + " floor " + b(StrictMath.floor(x))
                    + " ceil " + b(StrictMath.ceil(x)) + " rint " + b(StrictMath.rint(x)) + " round " + StrictMath.round(x)
                    + " rad " + b(StrictMath.toRadians(x)) + " deg " + b(StrictMath.toDegrees(x)) + " abs " + b(StrictMath.abs(x))
                    + " sqrt " + b(StrictMath.sqrt(x)));
        }
        float[] fs = {f(0f), f(-0f), Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, f(1f), f(-2.5f), f(0.5f),
            f(0.49999997f), f(8388609f), Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        for (float x : fs) {
            System.out.println("f " + b(x) + ": ulp " + b(StrictMath.ulp(x)) + " up " + b(StrictMath.nextUp(x)) + " down "
                    + b(StrictMath.nextDown(x)) + " after+ " + b(StrictMath.nextAfter(x, d(1.0))) + " afterSame "
                    + b(StrictMath.nextAfter(x, (double) x)) + " afterNaN " + b(StrictMath.nextAfter(x, Double.NaN)) + " exp "
                    + StrictMath.getExponent(x) + " signum " + b(StrictMath.signum(x)) + " round " + StrictMath.round(x)
                    + " abs " + b(StrictMath.abs(x)));
        }
        int[] scales = {-2200, -1100, -1075, -1074, -1060, -1023, -60, -1, 0, 1, 60, 1023, 1024, 2047, 2200,
            Integer.MIN_VALUE, Integer.MAX_VALUE};
        double[] scaled = {d(1.0), d(-1.5), d(0x1.fffffffffffffp0), Double.MIN_VALUE, Double.MAX_VALUE, d(3.0), d(0.0)};
        for (double x : scaled) {
            StringBuilder line = new StringBuilder("scalb " + b(x) + ":");
            for (int n : scales) {
                line.append(' ').append(b(StrictMath.scalb(x, n))).append('/').append(b(StrictMath.scalb((float) x, n)));
            }
            System.out.println(line);
        }
        double negativeNan = Double.longBitsToDouble(0xfff8000000000000L);
        float negativeNanF = Float.intBitsToFloat(0xffc00000);
        System.out.println("copySign strict " + b(StrictMath.copySign(d(2.0), negativeNan)) + " "
                + b(StrictMath.copySign(d(-2.0), Double.NaN)) + " " + b(StrictMath.copySign(f(2f), negativeNanF)) + " "
                + b(StrictMath.copySign(d(3.0), d(-0.0))) + "; Math " + b(Math.copySign(d(2.0), negativeNan)) + " "
                + b(Math.copySign(d(-2.0), Double.NaN)) + " " + b(Math.copySign(f(2f), negativeNanF)));
        System.out.println("round ties " + StrictMath.round(d(-2.5)) + " " + StrictMath.round(d(2.5)) + " "
                + StrictMath.round(d(0.49999999999999994)) + " " + StrictMath.round(f(-0.5f)) + " " + StrictMath.round(d(1e19))
                + " " + StrictMath.round(f(3e9f)) + " " + StrictMath.round(Double.NaN) + " " + StrictMath.round(Float.NEGATIVE_INFINITY));
        System.out.println("constants " + b(StrictMath.PI) + " " + b(StrictMath.E) + " " + (StrictMath.PI == Math.PI));
        long acc = 0;
        for (int k = -2000; k <= 2000; k++) {
            double x = k * 0.123;
            acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.toRadians(x)) + Double.doubleToRawLongBits(StrictMath.toDegrees(x))
                    + Double.doubleToRawLongBits(StrictMath.ulp(x * 1e100)) + Double.doubleToRawLongBits(StrictMath.scalb(x, k));
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
