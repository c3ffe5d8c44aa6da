package text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/** Special values, long versus double paths, appending to a StringBuffer, clones, ParsePosition, exceptions. */
public class FormatExtras {
    public static void main(String[] args) throws Exception {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        DecimalFormat f = new DecimalFormat("#,##0.0##;(#)", us);
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, Float.MAX_VALUE, 9007199254740993.0, 0.1f, 1e-4}) {
            System.out.println(d + " -> " + f.format(d));
        }
        for (long l : new long[] {9007199254740993L, Long.MAX_VALUE, Long.MIN_VALUE, -1, 0}) {
            System.out.println(l + " -> " + f.format(l) + " / as double " + f.format((double) l) + " / boxed " + f.format(Long.valueOf(l)));
        }
        StringBuffer sb = new StringBuffer("total: ");
        FieldPosition pos = new FieldPosition(NumberFormat.INTEGER_FIELD);
        f.format(12345.678, sb, pos);
        sb.append(" and ");
        f.format(-42L, sb, pos);
        System.out.println(sb + " " + pos.getBeginIndex() + "-" + pos.getEndIndex());

        DecimalFormat c = (DecimalFormat) f.clone();
        System.out.println("clone hash " + (c.hashCode() == f.hashCode()) + " " + c.toPattern().equals(f.toPattern()));
        c.setMaximumFractionDigits(1);
        System.out.println("after change " + c.toPattern() + " " + c.format(1.25) + " " + f.format(1.25));
        c.setDecimalSeparatorAlwaysShown(true);
        System.out.println(c.isDecimalSeparatorAlwaysShown() + " " + new DecimalFormat("#", us).format(5) + " "
            + c.toPattern() + " " + c.format(5) + " " + c.format(5.5));
        DecimalFormat always = new DecimalFormat("#.", us);
        System.out.println(always.toPattern() + " " + always.format(12) + " " + always.isDecimalSeparatorAlwaysShown());

        ParsePosition p = new ParsePosition(3);
        System.out.println(p + " " + p.getIndex() + " " + p.getErrorIndex());
        p.setIndex(5);
        p.setErrorIndex(7);
        System.out.println(p + " " + p.equals(new ParsePosition(5)) + " " + (p.hashCode() == p.hashCode()));
        ParseException e = new ParseException("bad input", 12);
        System.out.println(e.getMessage() + " " + e.getErrorOffset() + " " + e);
        try {
            NumberFormat.getInstance(Locale.US).parse("--1");
        } catch (ParseException x) {
            System.out.println("caught " + x.getMessage() + " offset " + x.getErrorOffset());
        }
        System.out.println(NumberFormat.getInstance(Locale.US).parse("-1,234.5e") + " "
            + NumberFormat.getInstance(Locale.US).format(new BigDecimal("1e-20")));
        System.out.println(f.format(Integer.valueOf(5)) + " " + f.format(new java.util.concurrent.atomic.AtomicLong(77))
            + " " + f.format(new java.util.concurrent.atomic.AtomicInteger(-3)) + " " + f.format(Short.valueOf((short) 9)));
        try {
            f.format(new Object());
        } catch (IllegalArgumentException x) {
            System.out.println("Object: " + x.getMessage());
        }
    }
}
