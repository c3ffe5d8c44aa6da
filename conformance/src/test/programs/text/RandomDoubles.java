package text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Random;
import java.util.Locale;

/**
 * Seeded random doubles, longs and decimals through several patterns and rounding modes, and back through parse
 * (counts chosen to stay within a few seconds on Chicory's interpreter).
 */
public class RandomDoubles {
    public static void main(String[] args) {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        String[] patterns = {"#,##0.00", "0.#####", "0.000E0", "##0.##E0", "#,##0.0000000000", "0%"};
        DecimalFormat[] formats = new DecimalFormat[patterns.length];
        for (int i = 0; i < patterns.length; i++) formats[i] = new DecimalFormat(patterns[i], us);
        Random random = new Random(20250117);
        long checksum = 0;
        int mismatches = 0;
        for (int i = 0; i < 1200; i++) {
            double d;
            switch (i % 4) {
                case 0: d = random.nextDouble() * 1000; break;
                case 1: d = (random.nextInt(2000000) - 1000000) / 1000.0 + 0.0005; break;
                case 2: d = Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1); break;
                default: d = random.nextInt(100000) / 8.0; break;
            }
            RoundingMode mode = RoundingMode.values()[i % 7];
            StringBuilder line = new StringBuilder();
            for (DecimalFormat f : formats) {
                f.setRoundingMode(mode);
                line.append(f.format(d)).append(' ');
            }
            String text = line.toString();
            checksum = checksum * 31 + text.hashCode();
            if (i % 150 == 0) System.out.println(d + " " + mode + ": " + text);
            Number back = formats[1].parse(formats[1].format(d), new ParsePosition(0));
            if (back == null || Math.abs(back.doubleValue() - d) > Math.max(1e-5, Math.abs(d) * 1e-15)) {
                if (Math.abs(d) < 1e15 && mismatches++ < 5) System.out.println("round trip " + d + " -> " + back);
            }
        }
        System.out.println("checksum " + checksum + " mismatches " + mismatches);
        DecimalFormat h = new DecimalFormat("0.00", us);
        long sum = 0;
        for (int i = 0; i < 800; i++) {
            long cents = random.nextInt(2000000) - 1000000;
            String s = h.format(new BigDecimal(cents).movePointLeft(3));
            sum = sum * 17 + s.hashCode();
            String t = h.format(cents / 1000.0);
            if (!s.equals(t) && i < 400) System.out.println("double and decimal differ: " + cents + " " + s + " " + t);
        }
        System.out.println("decimal checksum " + sum);
        DecimalFormat g = new DecimalFormat("#,##0", us);
        long lsum = 0;
        for (int i = 0; i < 800; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            String s = g.format(v);
            lsum = lsum * 13 + s.hashCode();
            Number back = g.parse(s, new ParsePosition(0));
            if (back.longValue() != v) System.out.println("long round trip " + v + " -> " + back);
        }
        System.out.println("long checksum " + lsum);
    }
}
