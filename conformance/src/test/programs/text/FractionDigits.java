package text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Minimum and maximum fraction and integer digits for doubles, longs, BigDecimals and BigIntegers, up to the limits. */
public class FractionDigits {
    public static void main(String[] args) {
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.US));
        Object[] values = {1.0 / 3, 2.0 / 3, 0.1, 1e-10, 123.456, -0.000999, 5e-324, 7L, new BigDecimal("0.1000000000000000055511151231257827"),
            new BigDecimal("-2.50"), new BigInteger("12345678901234567890")};
        int[][] settings = {{0, 0}, {0, 2}, {2, 2}, {1, 5}, {3, 10}, {0, 17}, {0, 20}, {5, 30}};
        for (int[] s : settings) {
            f.setMinimumFractionDigits(s[0]);
            f.setMaximumFractionDigits(s[1]);
            StringBuilder sb = new StringBuilder("frac " + s[0] + "-" + s[1] + " [" + f.toPattern() + "]:");
            for (Object v : values) sb.append(' ').append(f.format(v));
            System.out.println(sb);
        }
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(400);
        System.out.println("max 400 -> " + f.getMaximumFractionDigits() + " " + f.format(new BigDecimal("1E-350")).length() + " "
            + f.format(1e-320).length() + " " + f.format(Double.MIN_VALUE).length());
        f.setMinimumFractionDigits(350);
        System.out.println("min 350 -> " + f.getMinimumFractionDigits() + " " + f.format(1.5).length() + " "
            + f.format(new BigDecimal("1.5")).length());
        DecimalFormat g = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.US));
        g.setMaximumIntegerDigits(400);
        g.setMinimumIntegerDigits(330);
        System.out.println("int 330-400 -> " + g.getMinimumIntegerDigits() + "-" + g.getMaximumIntegerDigits() + " "
            + g.format(1.0).length() + " " + g.format(new BigDecimal("1.0")).length() + " " + g.format(BigInteger.ONE).length());
        g.setMinimumIntegerDigits(0);
        g.setMaximumIntegerDigits(2);
        for (Object v : new Object[] {1234.5678, 99L, 100L, new BigDecimal("98765.4321"), new BigInteger("987654321"), 0.5}) {
            System.out.print(g.format(v) + " ");
        }
        System.out.println();
        DecimalFormat e = new DecimalFormat("0.0E0", DecimalFormatSymbols.getInstance(Locale.US));
        e.setMaximumFractionDigits(12);
        e.setMinimumFractionDigits(3);
        System.out.println(e.toPattern() + " " + e.format(1.0 / 3) + " " + e.format(12345L) + " " + e.format(new BigDecimal("1.23456789012345678901")));
        e.setMaximumIntegerDigits(3);
        e.setMinimumIntegerDigits(1);
        System.out.println(e.toPattern() + " " + e.format(123456.0) + " " + e.format(0.00012345) + " " + e.format(1.0));
    }
}
