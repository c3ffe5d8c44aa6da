package numbers;

/**
 * Float/Double.compare and equals order NaN above everything and -0.0 below 0.0 (comparing the bits
 * after collapsing NaNs), while == follows IEEE 754 (NaN unequal to itself, -0.0 equal to 0.0);
 * hashCode follows equals.
 */
public class CompareAndEquals {
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    public static void main(String[] args) {
        double[] ds = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, d(-1.0), -Double.MIN_VALUE, d(-0.0), d(0.0),
            Double.MIN_VALUE, d(1.0), Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L)};
        for (double a : ds) {
            StringBuilder line = new StringBuilder("d " + Long.toHexString(Double.doubleToRawLongBits(a)) + ":");
            for (double b : ds) {
                Double boxed = a;
                line.append(' ').append(Double.compare(a, b)).append(boxed.equals(b) ? "E" : "-").append(a == b ? "=" : "-")
                        .append(boxed.compareTo(b));
            }
            System.out.println(line + " hash " + Double.hashCode(a) + " " + Double.valueOf(a).hashCode());
        }
        float[] fs = {Float.NEGATIVE_INFINITY, f(-1f), -Float.MIN_VALUE, f(-0f), f(0f), Float.MIN_VALUE, f(1f),
            Float.POSITIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x7f800001)};
        for (float a : fs) {
            StringBuilder line = new StringBuilder("f " + Integer.toHexString(Float.floatToRawIntBits(a)) + ":");
            for (float b : fs) {
                Float boxed = a;
                line.append(' ').append(Float.compare(a, b)).append(boxed.equals(b) ? "E" : "-").append(a == b ? "=" : "-")
                        .append(boxed.compareTo(b));
            }
            System.out.println(line + " hash " + Float.hashCode(a) + " " + Float.valueOf(a).hashCode());
        }
        double nan = Double.NaN;
        Double boxedNan = nan;
        System.out.println("NaN == NaN " + (nan == nan) + ", != " + (nan != nan) + ", equals " + boxedNan.equals(nan)
                + ", isNaN " + Double.isNaN(nan) + ", same box " + boxedNan.equals(boxedNan));
        System.out.println("compare(0.1+0.2, 0.3) " + Double.compare(d(0.1) + d(0.2), d(0.3)) + ", (float) "
                + Float.compare(f(0.1f) + f(0.2f), f(0.3f)));
        System.out.println("Double.equals(Float) " + Double.valueOf(1.0).equals(Float.valueOf(1f)));
        System.out.println("max/min with NaN " + Double.isNaN(Math.max(nan, d(1))) + " " + Double.isNaN(Math.min(d(1), nan))
                + " " + Float.isNaN(Math.max(Float.NaN, f(1))));
        System.out.println("Double.max/min/sum " + Double.max(d(-0.0), d(0.0)) + " " + Double.min(d(-0.0), d(0.0)) + " "
                + Double.sum(d(0.1), d(0.2)) + " " + Float.max(f(-0f), f(0f)) + " " + Float.sum(f(0.1f), f(0.2f)));
    }
}
