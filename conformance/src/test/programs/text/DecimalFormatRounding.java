package text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Every RoundingMode on doubles (exact binary values), longs and BigDecimals, and UNNECESSARY's exception. */
public class DecimalFormatRounding {
    public static void main(String[] args) {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.US));
        double[] doubles = {0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.5, -2.5, -0.05, 0.95, 9.95, 0.125, 2.675, 1.005,
            0.04999999999999999, 1e-20, -1e-20, 123456789.25, 0.1 + 0.2};
        for (RoundingMode mode : RoundingMode.values()) {
            f.setRoundingMode(mode);
            StringBuilder sb = new StringBuilder(mode.toString());
            for (double d : doubles) {
                try {
                    sb.append(' ').append(f.format(d));
                } catch (ArithmeticException e) {
                    sb.append(" AE(").append(e.getMessage()).append(')');
                }
            }
            System.out.println(sb);
        }
        DecimalFormat g = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String[] decimals = {"1.005", "1.015", "1.025", "-1.005", "2.345000000000000000001", "0.004", "-0.004", "99.995"};
        for (RoundingMode mode : RoundingMode.values()) {
            g.setRoundingMode(mode);
            StringBuilder sb = new StringBuilder(mode.toString());
            for (String s : decimals) {
                try {
                    sb.append(' ').append(g.format(new BigDecimal(s)));
                } catch (ArithmeticException e) {
                    sb.append(" AE(").append(e.getMessage()).append(')');
                }
            }
            System.out.println(sb);
        }
        DecimalFormat h = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        h.setMaximumFractionDigits(0);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN}) {
            h.setRoundingMode(mode);
            System.out.println(mode + " " + h.format(0.5) + " " + h.format(1.5) + " " + h.format(-1.5) + " "
                + h.format(4503599627370495.5) + " " + h.format(Long.MAX_VALUE) + " " + h.format(12345L));
        }
        System.out.println("default " + new DecimalFormat().getRoundingMode());
        try {
            f.setRoundingMode(null);
        } catch (NullPointerException e) {
            System.out.println("null mode NPE");
        }
        g.setRoundingMode(RoundingMode.HALF_UP);
        g.setMaximumFractionDigits(340);
        g.setMinimumFractionDigits(3);
        System.out.println(g.getMaximumFractionDigits() + " " + g.getMinimumFractionDigits() + " " + g.format(1.1));
        g.setMaximumFractionDigits(1);
        System.out.println(g.getMaximumFractionDigits() + " " + g.getMinimumFractionDigits() + " " + g.format(1.25));
    }
}
