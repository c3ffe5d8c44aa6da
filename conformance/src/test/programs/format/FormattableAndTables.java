package format;


import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;

/** Formattable objects (flags, width, precision passed to formatTo) and a report laid out with widths. */
public class FormattableAndTables {
    static final class Money implements Formattable {
        private final String currency;
        private final long cents;

        Money(String currency, long cents) {
            this.currency = currency;
            this.cents = cents;
        }

        @Override
        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            boolean upper = (flags & FormattableFlags.UPPERCASE) != 0;
            boolean alternate = (flags & FormattableFlags.ALTERNATE) != 0;
            String text = (alternate ? currency + " " : "") + cents / 100 + "." + String.format("%02d", Math.abs(cents % 100));
            if (precision >= 0 && precision < text.length()) {
                text = text.substring(0, precision);
            }
            if (upper) {
                text = text.toUpperCase();
            }
            StringBuilder sb = new StringBuilder(text);
            while (sb.length() < width) {
                if (left) {
                    sb.append('*');
                } else {
                    sb.insert(0, '*');
                }
            }
            formatter.format("%s", sb);
            formatter.format("<%d,%d,%d>", flags, width, precision);
        }
    }

    public static void main(String[] args) {
        Money m = new Money("eur", 12345);
        String[] formats = {"%s", "%S", "%#s", "%12s", "%-12s", "%.4s", "%-#15.6S", "%1$s %1$S"};
        for (String fmt : formats) {
            System.out.println(fmt + " -> " + String.format(fmt, m));
        }
        try {
            String.format("%d", m);
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println(e.getMessage());
        }
        String[] names = {"apple", "banana", "cherry", "dragonfruit", "elderberry"};
        double[] prices = {0.5, 0.25, 12.0, 3.333, 100};
        int[] counts = {12, 150, 3, 1, 1000};
        System.out.println(String.format("%-12s %8s %6s %10s", "item", "price", "count", "total"));
        System.out.println("-".repeat(39));
        double sum = 0;
        for (int i = 0; i < names.length; i++) {
            double total = prices[i] * counts[i];
            sum += total;
            System.out.println(String.format("%-12.10s %8.2f %6d %,10.2f", names[i], prices[i], counts[i], total));
        }
        System.out.println(String.format("%-12s %8s %6s %,10.2f", "sum", "", "", sum));
        System.out.println(String.format("%5.1f%%", 12.345));
        System.out.println(String.format("|%10.3s|%-10.3s|", "abcdef", "abcdef"));
        for (int i = 0; i < 4; i++) {
            System.out.println(String.format("%" + (i + 1) + "s|%-" + (i + 2) + "d|%0" + (i + 3) + "x", "x", i, i * 255));
        }
    }
}
