package text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/** DecimalFormatSymbols of Locale.US and Locale.ROOT and formats with changed symbols (not equals: currency data). */
public class SymbolsCustom {
    static String describe(DecimalFormatSymbols s) {
        return "zero=" + s.getZeroDigit() + " group=" + s.getGroupingSeparator() + " decimal=" + s.getDecimalSeparator()
            + " permill=" + s.getPerMill() + " percent=" + s.getPercent() + " digit=" + s.getDigit() + " pattern="
            + s.getPatternSeparator() + " inf=" + s.getInfinity() + " nan=" + s.getNaN() + " minus=" + s.getMinusSign()
            + " exp=" + s.getExponentSeparator() + " monetary=" + s.getMonetaryDecimalSeparator();
    }

    public static void main(String[] args) {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        DecimalFormatSymbols root = DecimalFormatSymbols.getInstance(Locale.ROOT);
        DecimalFormatSymbols def = new DecimalFormatSymbols();
        System.out.println("US   " + describe(us));
        System.out.println("ROOT " + describe(root));
        System.out.println("def  " + describe(def));

        DecimalFormatSymbols s = (DecimalFormatSymbols) us.clone();
        s.setZeroDigit('\u0660');
        s.setGroupingSeparator('\u066c');
        s.setDecimalSeparator('\u066b');
        s.setMinusSign('\u2212');
        s.setInfinity("INF");
        s.setNaN("not-a-number");
        DecimalFormat f = new DecimalFormat("#,##0.00", s);
        for (double v : new double[] {1234567.891, -0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            System.out.println(f.format(v));
        }
        System.out.println(f.format(-42L) + " " + f.toPattern() + " " + f.toLocalizedPattern());
        System.out.println(f.parse("\u0661\u066c\u0662\u0663\u0664\u066b\u0665", new ParsePosition(0)) + " "
            + f.parse("\u2212\u0667", new ParsePosition(0)) + " " + f.parse("INF", new ParsePosition(0)) + " "
            + f.parse("not-a-number", new ParsePosition(0)));

        DecimalFormatSymbols p = DecimalFormatSymbols.getInstance(Locale.US);
        p.setDigit('@');
        p.setZeroDigit('0');
        p.setPatternSeparator('|');
        DecimalFormat g = new DecimalFormat("#,##0.0#;(#)", p);
        System.out.println(g.toPattern() + " " + g.toLocalizedPattern() + " " + g.format(-3.25));
        g.applyLocalizedPattern("@,@@0.0@|[@]");
        System.out.println(g.toPattern() + " " + g.format(-1234.567) + " " + g.format(1234.567));
        DecimalFormat df = new DecimalFormat("0.0", us);
        DecimalFormatSymbols copy = df.getDecimalFormatSymbols();
        copy.setDecimalSeparator(';');
        System.out.println("getter returns a copy: " + df.format(1.5));
        df.setDecimalFormatSymbols(copy);
        System.out.println("after set: " + df.format(1.5));
        System.out.println(new DecimalFormat("0.00", root).format(-1234.5) + " " + new DecimalFormat("#,##0.00", root).format(1234.5));
    }
}
