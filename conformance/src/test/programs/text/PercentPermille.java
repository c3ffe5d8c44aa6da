package text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Percent and per-mille patterns, multipliers, and the percent instances of Locale.US and Locale.ROOT. */
public class PercentPermille {
    static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    public static void main(String[] args) {
        double[] values = {0, 0.5, 0.256, -0.0125, 1, 12.3456, 0.0005, 1e-9};
        String[] patterns = {"0%", "#,##0.0%", "0.00\u2030", "%0", "\u2030 #.##", "0 '%'", "0.0'\u2030'", "#%;(#%)"};
        for (String p : patterns) {
            DecimalFormat f = new DecimalFormat(p, US);
            StringBuilder sb = new StringBuilder(p).append(" x").append(f.getMultiplier()).append(" [").append(f.toPattern())
                .append(']');
            for (double v : values) sb.append(" | ").append(f.format(v));
            System.out.println(sb);
        }
        for (Locale l : new Locale[] {Locale.US, Locale.ROOT, Locale.ENGLISH}) {
            NumberFormat p = NumberFormat.getPercentInstance(l);
            System.out.println(l + ": " + ((DecimalFormat) p).toPattern() + " " + p.format(0.4567) + " " + p.format(-12.345)
                + " " + p.format(new BigDecimal("0.125")) + " " + p.format(7L));
        }
        DecimalFormat m = new DecimalFormat("#,##0.##", US);
        for (int mult : new int[] {1, 2, -3, 1000, 7}) {
            m.setMultiplier(mult);
            System.out.println("x" + mult + " " + m.toPattern() + " " + m.format(12.345) + " " + m.format(100L)
                + " " + m.format(new BigDecimal("1.005")) + " " + m.parse("700", new ParsePosition(0)));
        }
        try {
            m.setMultiplier(0);
            System.out.println("x0 accepted");
        } catch (IllegalArgumentException e) {
            System.out.println("x0 " + e.getClass().getSimpleName());
        }
        m.setMultiplier(100);
        System.out.println(m.format(Long.MAX_VALUE) + " " + m.format(Long.MIN_VALUE / 10));
        DecimalFormat p = new DecimalFormat("0%", US);
        System.out.println(p.parse("45%", new ParsePosition(0)) + " " + p.parse("-12.5%", new ParsePosition(0)) + " "
            + p.parse("45", new ParsePosition(0)) + " " + new DecimalFormat("0\u2030", US).parse("125\u2030", new ParsePosition(0)));
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.US);
        s.setPercent('P');
        s.setPerMill('M');
        System.out.println(new DecimalFormat("0%", s).format(0.5) + " " + new DecimalFormat("0\u2030", s).format(0.5) + " "
            + new DecimalFormat("0%", s).toLocalizedPattern());
    }
}
