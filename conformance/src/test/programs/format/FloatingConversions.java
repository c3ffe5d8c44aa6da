package format;


/** %e, %E, %f, %g, %G, %a and %A of floats and doubles: precision, rounding, flags, NaN and infinities. */
public class FloatingConversions {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.05, 0.005, 1.005, 2.675, 123.456, -123.456,
                1e-5, 1e-4, 9.9995e-5, 0.1, 0.01, 99.995, 999999.5, 1e6, 1.23456789e9, 1e15, 1e16, 1e17, 1e21,
                1e-300, 1e300, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Math.PI, Math.E, 1.0 / 3,
                2.0 / 3, 100.0, 0.9999999, 5e-324, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        String[] formats = {"%e", "%.0e", "%.2e", "%E", "%12.3e|", "%f", "%.0f", "%.1f", "%.2f", "%.10f", "%10.3f|",
                "%-10.1f|", "%+f", "% f", "%(f", "%,f", "%010.2f", "%#.0f", "%#.0e", "%g", "%.0g", "%.1g", "%.3g",
                "%G", "%#g", "%a", "%A", "%.2a", "%12a|", "%+a"};
        for (double v : values) {
            for (String fmt : formats) {
                f(fmt, v);
            }
        }
        float[] floats = {0.1f, 1.1f, 3.4028235e38f, 1.4e-45f, 1e-10f, 16777217f, -2.5f, Float.NaN};
        for (float v : floats) {
            f("%e %f %g %a", v, v, v, v);
            f("%.3f %.12e", v, v);
        }
        f("%(,.2f", -1234567.891);
        f("%,.3f", 1234567.0005);
        f("%+,015.2f", 98765.4321);
        f("%-+12.4e|", 0.000123456);
        f("%010e", -1.5);
        f("%010f", Double.NEGATIVE_INFINITY);
        f("%(f", Double.NEGATIVE_INFINITY);
        f("%+f", Double.POSITIVE_INFINITY);
        f("%010f", Double.NaN);
        f("%f", 1);
        f("%e", "x");
        f("%#a", 1.0);
        f("%,e", 1.0);
        f("%,a", 1.0);
        f("%(a", 1.0);
        f("%.3a", 1.0);
        f("%a", 0x1.fffffffffffffp1023);
        f("%.1a", 0x1.fffffffffffffp1023);
        f("%.0a", 1.5);
        f("%.1a", 1.96875);
        f("%a", Double.MIN_VALUE);
        f("%.2a", Double.MIN_VALUE);
        f("%a", 0x1.0p-1022);
        f("%a", (float) 0.1);
        f("%f", (Object) null);
        f("%.60f", 0.1);
        f("%.20e", 1.0 / 3);
        f("%.17g", 0.1);
        f("%g", 0.0001);
        f("%g", 0.00001);
        f("%g", 123456.0);
        f("%g", 1234567.0);
    }
}
