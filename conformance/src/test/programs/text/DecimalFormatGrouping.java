package text;

import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Grouping: sizes from patterns, setGroupingSize, setGroupingUsed, minimum and maximum integer digits. */
public class DecimalFormatGrouping {
    static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    public static void main(String[] args) {
        String[] patterns = {"#,##0", "#,#0", "#,##,###", "#,####", "0,000.00", "#,##0.00", "###,###,##0"};
        long[] values = {0, 7, 12, 123, 1234, 12345, 123456, 1234567, -98765432, Long.MAX_VALUE};
        for (String p : patterns) {
            DecimalFormat f = new DecimalFormat(p, US);
            StringBuilder sb = new StringBuilder(p).append(" size=").append(f.getGroupingSize()).append(" [")
                .append(f.toPattern()).append(']');
            for (long v : values) sb.append(' ').append(f.format(v));
            System.out.println(sb);
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", US);
        f.setGroupingSize(2);
        System.out.println(f.toPattern() + " " + f.format(123456789.125));
        f.setGroupingSize(0);
        System.out.println(f.toPattern() + " " + f.format(123456789.125) + " used=" + f.isGroupingUsed());
        f.setGroupingSize(3);
        f.setGroupingUsed(false);
        System.out.println(f.toPattern() + " " + f.format(123456789.125));
        f.setGroupingUsed(true);
        try {
            f.setGroupingSize(-1);
            System.out.println("no exception " + f.getGroupingSize());
        } catch (IllegalArgumentException e) {
            System.out.println("setGroupingSize(-1): " + e.getMessage());
        }
        try {
            f.setGroupingSize(128);
            System.out.println("no exception " + f.getGroupingSize());
        } catch (IllegalArgumentException e) {
            System.out.println("setGroupingSize(128): " + e.getMessage());
        }

        DecimalFormat d = new DecimalFormat("#,##0.00", US);
        d.setMinimumIntegerDigits(6);
        System.out.println(d.toPattern() + " " + d.format(12.5) + " " + d.format(-3));
        d.setMaximumIntegerDigits(4);
        System.out.println(d.getMinimumIntegerDigits() + "/" + d.getMaximumIntegerDigits() + " " + d.toPattern() + " "
            + d.format(1234567.891) + " " + d.format(98765L));
        d.setMaximumIntegerDigits(0);
        System.out.println(d.getMinimumIntegerDigits() + "/" + d.getMaximumIntegerDigits() + " " + d.format(1234.5));
        d.setMaximumIntegerDigits(500);
        d.setMinimumIntegerDigits(400);
        System.out.println(d.getMinimumIntegerDigits() + "/" + d.getMaximumIntegerDigits() + " " + d.format(1).length());
        DecimalFormat b = new DecimalFormat("#,##0", US);
        System.out.println(b.format(new BigInteger("123456789012345678901234567890")));
        System.out.println(b.format(new BigInteger("-1000000000000000000000")));
        b.setMaximumIntegerDigits(5);
        System.out.println(b.format(new BigInteger("123456789012345678901234567890")));
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.US);
        s.setGroupingSeparator('\'');
        s.setDecimalSeparator(',');
        System.out.println(new DecimalFormat("#,##0.00", s).format(1234567.891));
        s.setGroupingSeparator(' ');
        System.out.println(new DecimalFormat("#,##0.00", s).format(-1234567.891));
    }
}
