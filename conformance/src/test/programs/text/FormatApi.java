package text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/** The Format and NumberFormat contracts through user subclasses: dispatch of format(Object), parseObject, Field. */
public class FormatApi {
    /** Formats numbers in Roman numerals (1 to 3999), parses them back. */
    static final class Roman extends NumberFormat {
        private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return format(Math.round(number), toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            if (number <= 0 || number >= 4000) throw new IllegalArgumentException("no Roman numeral for " + number);
            int begin = toAppendTo.length();
            for (int i = 0; i < VALUES.length; i++) {
                while (number >= VALUES[i]) {
                    toAppendTo.append(SYMBOLS[i]);
                    number -= VALUES[i];
                }
            }
            if (pos.getField() == INTEGER_FIELD) {
                pos.setBeginIndex(begin);
                pos.setEndIndex(toAppendTo.length());
            }
            return toAppendTo;
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            int i = pos.getIndex();
            long total = 0;
            int k = 0;
            while (k < VALUES.length && i < source.length()) {
                if (source.startsWith(SYMBOLS[k], i)) {
                    total += VALUES[k];
                    i += SYMBOLS[k].length();
                } else {
                    k++;
                }
            }
            if (i == pos.getIndex()) {
                pos.setErrorIndex(i);
                return null;
            }
            pos.setIndex(i);
            return total;
        }
    }

    /** A Format of its own: upper-cases strings. */
    static final class Upper extends Format {
        @Override
        public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(String.valueOf(obj).toUpperCase());
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            int end = pos.getIndex();
            while (end < source.length() && Character.isUpperCase(source.charAt(end))) end++;
            if (end == pos.getIndex()) {
                pos.setErrorIndex(end);
                return null;
            }
            String s = source.substring(pos.getIndex(), end).toLowerCase();
            pos.setIndex(end);
            return s;
        }
    }

    public static void main(String[] args) throws Exception {
        Roman roman = new Roman();
        for (Object v : new Object[] {1, 4, 9, 14, 40, 90, 400, 1994, 2024L, 3999, 12.6, (short) 7, new java.math.BigInteger("1000")}) {
            FieldPosition pos = new FieldPosition(NumberFormat.INTEGER_FIELD);
            StringBuffer sb = roman.format(v, new StringBuffer("= "), pos);
            System.out.println(v + " " + sb + " [" + pos.getBeginIndex() + "," + pos.getEndIndex() + ") " + roman.format(v));
        }
        for (String s : new String[] {"MCMXCIV", "XLII", "MMXXIVabc", "abc"}) {
            ParsePosition p = new ParsePosition(0);
            System.out.println(s + " -> " + roman.parse(s, p) + " " + p + " " + roman.parseObject(s, new ParsePosition(0)));
        }
        try {
            roman.format(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            roman.parse("zzz");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }
        Upper upper = new Upper();
        System.out.println(upper.format("hello") + " " + upper.format(42) + " " + upper.parseObject("ABCdef"));
        try {
            upper.parseObject("abc");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }
        Format f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.US));
        System.out.println(f.format(2.25) + " " + f.format(-3L) + " " + f.parseObject("4.5xyz") + " " + f.getClass().getSimpleName());
        Format c = (Format) upper.clone();
        System.out.println(c.format("cloned") + " " + (c != upper));
        System.out.println(Format.Field.class.getName() + " " + NumberFormat.Field.INTEGER.getClass().getSuperclass().getName());
    }
}
