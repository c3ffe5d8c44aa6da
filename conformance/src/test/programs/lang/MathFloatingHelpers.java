package lang;

/**
 * The floating-point helpers of Math and StrictMath with single correct results: fma (double and float),
 * ulp, nextUp/nextDown/nextAfter, scalb, getExponent, copySign, hypot, IEEEremainder, sqrt, cbrt,
 * signum, toRadians/toDegrees and the rounding functions floor/ceil/rint/round at halves, negatives and
 * limits; NaN results are printed through isNaN.
 */
public class MathFloatingHelpers {
    static String s(double v) {
        return Double.isNaN(v) ? "NaN" : Double.toString(v);
    }

    static String s(float v) {
        return Float.isNaN(v) ? "NaN" : Float.toString(v);
    }

    public static void main(String[] args) {
        double[] vs = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e-310, 1e300, 4503599627370497.0,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NaN, -7.25};
        for (double v : vs) {
            System.out.println(v + " ulp=" + s(Math.ulp(v)) + " up=" + s(Math.nextUp(v)) + " down=" + s(Math.nextDown(v))
                    + " after=" + s(Math.nextAfter(v, 0.0)) + " exp=" + Math.getExponent(v) + " scalb3=" + s(Math.scalb(v, 3))
                    + " scalb-1080=" + s(StrictMath.scalb(v, -1080)) + " floor=" + s(Math.floor(v)) + " ceil=" + s(Math.ceil(v))
                    + " rint=" + s(Math.rint(v)) + " round=" + Math.round(v) + " signum=" + s(Math.signum(v))
                    + " sqrt=" + s(Math.sqrt(v)) + " cbrt=" + s(StrictMath.cbrt(v)));
        }
        float[] fvs = {0.5f, -2.5f, 1e-40f, Float.MAX_VALUE, 8388609f, Float.NaN, -0.0f};
        for (float v : fvs) {
            System.out.println("f " + v + " ulp=" + s(Math.ulp(v)) + " up=" + s(Math.nextUp(v)) + " down=" + s(Math.nextDown(v))
                    + " exp=" + Math.getExponent(v) + " scalb=" + s(Math.scalb(v, -2)) + " round=" + Math.round(v) + " signum=" + s(Math.signum(v)));
        }
        System.out.println("fma " + Math.fma(0.1, 10.0, -1.0) + " " + (0.1 * 10.0 - 1.0) + " " + Math.fma(2.0, 3.0, 4.0)
                + " " + Math.fma(1e308, 10.0, -1e308) + " " + Math.fma(-0.0, 0.0, 0.0) + " f " + Math.fma(0.1f, 10f, -1f));
        System.out.println("copySign " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-3.0, 1.0) + " " + Math.copySign(2f, -1f)
                + " strict " + StrictMath.copySign(1.0, -2.0));
        System.out.println("hypot " + Math.hypot(3, 4) + " " + Math.hypot(1e300, 1e300) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY)
                + " " + StrictMath.hypot(5e-320, 12e-320) + " " + Math.hypot(-0.0, 1.0));
        double[][] rem = {{5, 3}, {-5, 3}, {5.5, 2}, {6.5, 2}, {7.5, 2}, {1, 0}, {1e300, 3}, {-0.0, 1}, {3, Double.POSITIVE_INFINITY}};
        for (double[] p : rem) {
            System.out.println("IEEEremainder " + p[0] + "," + p[1] + " = " + s(Math.IEEEremainder(p[0], p[1])) + " % " + s(p[0] % p[1]));
        }
        System.out.println("degrees " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + StrictMath.toDegrees(1.0) + " " + Math.toRadians(45));
        System.out.println("round limits " + Math.round(1e19) + " " + Math.round(-1e19) + " " + Math.round(Double.NaN) + " " + Math.round(3e9f)
                + " " + Math.round(-0.5) + " " + Math.round(0.5f) + " " + Math.round(-2.5f));
        System.out.println("constants " + Math.E + " " + Math.PI + " " + StrictMath.PI);
        System.out.println("abs " + Math.abs(-0.0) + " " + Math.abs(-0.0f) + " " + Math.abs(Double.NEGATIVE_INFINITY) + " " + Math.abs((short) -3));
    }
}
