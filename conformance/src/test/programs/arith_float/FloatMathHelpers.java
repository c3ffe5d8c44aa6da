package arith_float;

/**
 * Math's float overloads and helpers in float arithmetic: fma(float) where rounding the exact sum through
 * double first would break a tie the wrong way; ulp, nextUp, nextDown, nextAfter (toward a double),
 * scalb and getExponent across float's subnormal boundary; copySign with zeros and NaNs; IEEEremainder
 * against %; and hypot, expm1, log1p, atan2, sinh, cosh (StrictMath's on HotSpot too) on float inputs,
 * with cbrt and tanh at their exact points. Unusual results are printed as bits.
 */
public class FloatMathHelpers {
    static float f(float v) { return v; }
    static double d(double v) { return v; }
    static String b(float v) { return v != v ? "NaN" : Integer.toHexString(Float.floatToIntBits(v)); }
    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToLongBits(v)); }

    public static void main(String[] args) {
        float a = f(1f + 0x1p-12f);
        System.out.println("fma tie up " + b(Math.fma(a, a, f(0x1p-80f))) + " via double " + b((float) ((double) a * a + 0x1p-80))
                + " down " + b(Math.fma(a, a, f(-0x1p-80f))) + " plain " + b(a * a + f(0x1p-80f)));
        float c = f(1f - 0x1p-24f);
        System.out.println("fma cancel " + b(Math.fma(c, c, f(-1f))) + " plain " + b(c * c - f(1f)) + " zero sign "
                + b(Math.fma(f(-0f), f(1f), f(0f))) + " " + b(Math.fma(f(1f), f(-0f), f(-0f))) + " " + b(Math.fma(f(2f), f(-1f), f(2f))));
        System.out.println("fma overflow " + b(Math.fma(Float.MAX_VALUE, f(2f), -Float.MAX_VALUE)) + " "
                + b(Math.fma(Float.MAX_VALUE, f(1.5f), f(0f))) + " subnormal " + b(Math.fma(Float.MIN_VALUE, f(0.5f), f(0f))) + " "
                + b(Math.fma(Float.MIN_VALUE, f(1.5f), f(0f))) + " " + b(Math.fma(Float.MIN_NORMAL, f(0.5f), Float.MIN_VALUE)));
        int sweep = 0;
        for (int k = 1; k < 3000; k++) {
            float x = f(1f + k * 0x1p-23f);
            float y = f(1f - k * 0x1p-21f);
            float z = f(-1f - k * 0x1p-40f);
            sweep = sweep * 31 + Float.floatToIntBits(Math.fma(x, y, z)) + Float.floatToIntBits(Math.fma(x, x * k, f(k * 0x1p-30f)));
        }
        System.out.println("fma sweep " + Integer.toHexString(sweep));
        float[] fs = {f(0f), f(-0f), Float.MIN_VALUE, f(3 * Float.MIN_VALUE), Math.nextDown(Float.MIN_NORMAL), Float.MIN_NORMAL,
            f(1f), f(-1.5f), f(0.1f), f(16777216f), Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.NaN};
        for (float x : fs) {
            System.out.println("f " + b(x) + ": ulp " + b(Math.ulp(x)) + " up " + b(Math.nextUp(x)) + " down " + b(Math.nextDown(x))
                    + " toward1e40 " + b(Math.nextAfter(x, d(1e40))) + " toward-tiny " + b(Math.nextAfter(x, d(-1e-300)))
                    + " towardSelf " + b(Math.nextAfter(x, (double) x)) + " exp " + Math.getExponent(x)
                    + " scalb-149 " + b(Math.scalb(x, -149)) + " scalb-24 " + b(Math.scalb(x, -24)) + " scalb127 " + b(Math.scalb(x, 127))
                    + " scalb277 " + b(Math.scalb(x, 277)) + " copy- " + b(Math.copySign(x, f(-0f))) + " copy+ " + b(Math.copySign(x, f(0f))));
        }
        // Walk nextUp through the first and the last 4096 subnormals (all 2^23 of them took 36 s on Chicory's interpreter).
        float tiny = Float.MIN_VALUE;
        int count = 0;
        for (int i = 0; i < 4096; i++) {
            tiny = Math.nextUp(tiny);
            count++;
        }
        System.out.println("low subnormal walk " + b(tiny) + " after " + count + " ulp " + b(Math.ulp(tiny)));
        tiny = Float.intBitsToFloat(Float.floatToIntBits(Float.MIN_NORMAL) - 4096);
        count = 0;
        while (tiny < Float.MIN_NORMAL) {
            tiny = Math.nextUp(tiny);
            count++;
        }
        System.out.println("subnormal steps " + count + " exponent " + Math.getExponent(tiny) + " ulp " + b(Math.ulp(tiny)));
        float[] nums = {f(5f), f(-5f), f(7.5f), f(1e10f), f(-0f), f(3f), f(0.1f)};
        float[] dens = {f(2f), f(-2f), f(3f), f(0.3f), Float.POSITIVE_INFINITY, f(0f)};
        for (float x : nums) {
            StringBuilder line = new StringBuilder("rem " + x + ":");
            for (float y : dens) {
                line.append(' ').append(b((float) Math.IEEEremainder(x, y))).append('/').append(b(x % y));
            }
            System.out.println(line);
        }
        float[] args2 = {f(0f), f(-0f), f(0.5f), f(-0.75f), f(1f), f(3f), f(-20f), f(1e-6f), f(100f), Float.POSITIVE_INFINITY, Float.NaN};
        for (float x : args2) {
            System.out.println("fn " + x + ": hypot34 " + b((float) Math.hypot(x, f(4f))) + " expm1 " + b((float) Math.expm1(x))
                    + " log1p " + b((float) Math.log1p(x)) + " atan2 " + b((float) Math.atan2(x, f(-1f))) + " " + b(Math.atan2(f(-1f), x))
                    + " sinh " + b((float) Math.sinh(x)) + " cosh " + b((float) Math.cosh(x)) + " double sinh " + b(Math.sinh(x)));
        }
        System.out.println("cbrt " + Math.cbrt(d(27.0)) + " " + Math.cbrt(d(-8.0)) + " " + Math.cbrt(d(0.125)) + " " + b(Math.cbrt(d(-0.0)))
                + " " + Math.cbrt(Double.NEGATIVE_INFINITY) + " " + Math.cbrt(d(1e300)) + " " + Math.cbrt(d(64.0)));
        System.out.println("tanh " + b(Math.tanh(d(-0.0))) + " " + Math.tanh(d(25.0)) + " " + Math.tanh(d(-30.0)) + " "
                + Math.tanh(Double.POSITIVE_INFINITY) + " " + Math.tanh(Double.NaN) + " " + b(Math.tanh(d(1e-300))));
        System.out.println("hypot " + Math.hypot(d(3.0), d(4.0)) + " " + Math.hypot(Double.NaN, Double.NEGATIVE_INFINITY) + " "
                + b(Math.hypot(d(1e300), d(1e300))) + " " + b(Math.hypot(Double.MIN_VALUE, Double.MIN_VALUE)) + " " + Math.hypot(d(-0.0), d(0.0)));
    }
}
