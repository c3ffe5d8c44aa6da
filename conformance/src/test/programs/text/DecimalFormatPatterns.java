package text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** DecimalFormat patterns: digits, optional digits, literals, quotes, prefixes, suffixes, negative subpatterns. */
public class DecimalFormatPatterns {
    static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    static void show(String pattern, double... values) {
        try {
            DecimalFormat f = new DecimalFormat(pattern, US);
            StringBuilder sb = new StringBuilder(pattern).append(" [").append(f.toPattern()).append("]");
            for (double v : values) sb.append(" | ").append(f.format(v));
            System.out.println(sb);
        } catch (IllegalArgumentException e) {
            System.out.println(pattern + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        double[] v = {0, 1, -1, 0.5, 3.14159, -2.71828, 1234.5678, 1e7, 0.000123, -0.0};
        show("0", v);
        show("0.00", v);
        show("#.##", v);
        show("#,##0.###", v);
        show("000.000", v);
        show("#", v);
        show(".00", v);
        show("#.#####", v);
        show("0.0;(0.0)", v);
        show("0.0;neg 0", v);
        show("'#'0 items", v);
        show("'it''s' 0", v);
        show("''0''", v);
        show("$#,##0.00", v);
        show("0 m\u00b2", v);
        show("+0;-0", v);
        show("#,##0.00 EUR", v);
        show("00.##", v);
        show("##0.0#", v);
        System.out.println("empty pattern: " + new DecimalFormat("", US).format(1234.5678));
        show("0.0.0", v);
        show("0#", v);
        show("#,##0,", v);
        show("'unterminated", v);
        show(";0", v);
        show("0;", v);
        show("0.0E", v);

        DecimalFormat f = new DecimalFormat("#,##0.00", US);
        System.out.println(f.toPattern() + " / " + f.toLocalizedPattern());
        f.applyPattern("0.###;minus 0.###");
        System.out.println(f.toPattern() + " " + f.format(-12.3456) + " " + f.getNegativePrefix() + "|" + f.getNegativeSuffix());
        f.setPositivePrefix("[");
        f.setPositiveSuffix("]");
        f.setNegativePrefix("<");
        f.setNegativeSuffix(">");
        System.out.println(f.toPattern() + " " + f.format(42.5) + " " + f.format(-42.5));
        f.applyLocalizedPattern("#,##0.0");
        System.out.println(f.toPattern() + " " + f.format(98765.4321));
        System.out.println(new DecimalFormat("0.00", US).format(123456789L));
        System.out.println(new DecimalFormat("#,##0", US).format(Long.MIN_VALUE));
        System.out.println(new DecimalFormat("#,##0", US).format(Long.MAX_VALUE));
        System.out.println(new DecimalFormat("0", US).format(Double.MAX_VALUE));
        System.out.println(new DecimalFormat("0.################################", US).format(Double.MIN_VALUE));
    }
}
