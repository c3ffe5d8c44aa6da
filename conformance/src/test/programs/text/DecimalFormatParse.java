package text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/** Parsing: result types, positions, error indexes, integer-only, BigDecimal, special values, exceptions. */
public class DecimalFormatParse {
    static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    static void parse(DecimalFormat f, String text) {
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(text, pos);
        String type = n == null ? "null" : n.getClass().getSimpleName();
        System.out.println("  \"" + text + "\" -> " + n + " (" + type + ") index=" + pos.getIndex() + " error=" + pos.getErrorIndex());
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "123", "-123", "1,234,567", "1,23,4", "12.50", "-0.0", "1e3", "1E3", "12abc", "abc",
            "", " 12", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "1.7976931348623157E308", "\u221e", "-\u221e", "\ufffd", "NaN", "0.000000000000000000001", "12.", ".5", "1,,2",
            "$12", "(12)", "12%", "99999999999999999999999999.999"};
        DecimalFormat f = new DecimalFormat("#,##0.###", US);
        System.out.println("plain");
        for (String s : inputs) parse(f, s);
        f.setParseIntegerOnly(true);
        System.out.println("integer only");
        for (String s : new String[] {"12.75", "-3.9", "1,234.5", "7"}) parse(f, s);
        f.setParseIntegerOnly(false);
        f.setParseBigDecimal(true);
        System.out.println("big decimal");
        for (String s : new String[] {"12.750", "-0", "-0.0", "1,234.5", "99999999999999999999999999.999", "1E3", "\u221e", "\ufffd"}) {
            parse(f, s);
        }
        f.setParseBigDecimal(false);
        DecimalFormat neg = new DecimalFormat("0.0;(0.0)", US);
        System.out.println("negative subpattern");
        for (String s : new String[] {"(5.5)", "5.5", "-5.5", "(5.5", "()"}) parse(neg, s);
        DecimalFormat affix = new DecimalFormat("$#,##0.00;-$#,##0.00", US);
        System.out.println("affixes");
        for (String s : new String[] {"$1,234.56", "-$0.99", "1,234.56", "$-5", "$"}) parse(affix, s);
        DecimalFormat mult = new DecimalFormat("#,##0%", US);
        System.out.println("percent");
        for (String s : new String[] {"50%", "12.5%", "-200%", "5", "100%"}) parse(mult, s);
        ParsePosition mid = new ParsePosition(4);
        System.out.println("from 4: " + f.parse("abc 42 rest", mid) + " " + mid);
        for (String s : new String[] {"x1", "", "1.5"}) {
            try {
                System.out.println(f.parse(s) + " " + NumberFormat.getIntegerInstance(Locale.US).parse(s));
            } catch (ParseException e) {
                System.out.println("ParseException: " + e.getMessage() + " at " + e.getErrorOffset());
            }
        }
        try {
            f.parse(null, new ParsePosition(0));
        } catch (NullPointerException e) {
            System.out.println("null text NPE");
        }
        System.out.println(f.parseObject("77.7", new ParsePosition(0)));
        try {
            System.out.println(f.parseObject("xyz"));
        } catch (ParseException e) {
            System.out.println("parseObject: " + e.getMessage() + " at " + e.getErrorOffset());
        }
    }
}
