package format;

import java.math.BigDecimal;
import java.math.BigInteger;

/** %e, %g, %a and %f at the edges: subnormals, floats, rounding carries, huge precisions, BigDecimal precision, flag errors. */
public class FloatingEdgeCases {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String cell(String format, Object arg) {
        try {
            return String.format(format, arg);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    public static void main(String[] args) {
        Object[] doubles = {Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, 9.999999e-5, 1e-4, 0.0001, 99999.95,
            999999.5, 9.9999995, 0.5, -0.0, 1e21, 123456789.0, 5e-324, 2.2250738585072014E-308, 0.95, 0.05};
        for (String fmt : new String[] {"%e", "%.0e", "%.3e", "%g", "%.0g", "%.1g", "%.5g", "%#.3g", "%a", "%.0a", "%.1a", "%.13a",
            "%.20a", "%f", "%.0f", "%.1f"}) {
            StringBuilder sb = new StringBuilder(fmt).append(':');
            for (Object d : doubles) sb.append(' ').append(cell(fmt, d));
            System.out.println(sb);
        }
        Object[] floats = {Float.MIN_VALUE, Float.MAX_VALUE, 0.1f, 1.0e10f, -3.4028235e38f, 16777217f, 0.3f};
        for (String fmt : new String[] {"%e", "%g", "%a", "%.2a", "%f", "%.10f", "%s"}) {
            StringBuilder sb = new StringBuilder(fmt).append(':');
            for (Object d : floats) sb.append(' ').append(cell(fmt, d));
            System.out.println(sb);
        }
        Object[] decimals = {new BigDecimal("0.000123456789"), new BigDecimal("9.9999999999999999999"), new BigDecimal("1E+30"),
            new BigDecimal("-0.00"), new BigDecimal("12345678901234567890.5"), new BigDecimal("0.5"), new BigDecimal("1.5"),
            new BigDecimal("-2.5"), new BigDecimal("99999.95"), new BigDecimal("1E-400")};
        for (String fmt : new String[] {"%e", "%.0e", "%.2e", "%g", "%.3g", "%.0g", "%f", "%.0f", "%.3f", "%,.2f", "%+(,.1f", "%s"}) {
            StringBuilder sb = new StringBuilder(fmt).append(':');
            for (Object d : decimals) sb.append(' ').append(cell(fmt, d));
            System.out.println(sb);
        }
        f("%.400f", 1.0);
        f("%.60e", Math.PI);
        f("%.340g", Double.MIN_VALUE);
        f("%a", new BigDecimal("1.5"));
        f("%e", new BigInteger("5"));
        f("%e", 5);
        f("%.2d", 5);
        f("%#e", 1.0);
        f("%#.0f", 1.0);
        f("%#a", 1.0);
        f("%,e", 1234.5);
        f("%,a", 1234.5);
        f("%(a", -1.5);
        f("%+ e", 1.0);
        f("%-05e", 1.0);
        f("%-e", 1.0);
        f("%0e", 1.0);
        f("%010.3e", -1.5);
        f("%-12.3e|", -1.5);
        f("%(12.3e", -1.5);
        f("% 012.3e", 1.5);
        f("%+012.3g", 1.5e-10);
        f("%020a", -1.0);
        f("%20a|", Double.NaN);
        f("%010f", Double.NEGATIVE_INFINITY);
        f("%(f", Double.NEGATIVE_INFINITY);
        f("%+f", Double.POSITIVE_INFINITY);
        f("%.3G %.3E %A", 1e-10, 1e-10, 1e-10);
        f("%e", (Object) null);
        f("%10.4g|", (Object) null);
        f("%g", 0.0);
        f("%.0g", 0.0);
        f("%e", 0.0);
        f("%a", 0.0);
        f("%a", -0.0);
        f("%.0e", 9.5);
        f("%.0e", 8.5);
        f("%.1e", 9.95);
        f("%.2g", 9.995);
        f("%.2g", 0.0009995);
    }
}
