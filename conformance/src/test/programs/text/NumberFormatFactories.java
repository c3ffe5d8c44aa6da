package text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * NumberFormat's factories for Locale.US, Locale.ROOT and the default locale, and their settings. Not equals: it compares
 * the currency symbols, which Kiln has no data for (docs/CLASS-LIBRARY.md).
 */
public class NumberFormatFactories {
    static void describe(String name, NumberFormat f) {
        DecimalFormat d = (DecimalFormat) f;
        System.out.println(name + ": pattern=" + d.toPattern() + " int=" + f.getMinimumIntegerDigits() + "-"
            + f.getMaximumIntegerDigits() + " frac=" + f.getMinimumFractionDigits() + "-" + f.getMaximumFractionDigits()
            + " grouping=" + f.isGroupingUsed() + " intOnly=" + f.isParseIntegerOnly() + " mode=" + f.getRoundingMode());
        StringBuilder sb = new StringBuilder("  ");
        for (Object v : new Object[] {0, 1234567.891, -0.5, 1.5, 2.5, -2.5, 0.125, 123456789012345L,
            new BigDecimal("1234.5678"), new BigInteger("-12345678901234567890"), Double.NaN, Float.POSITIVE_INFINITY,
            (short) -7, (byte) 3, 3.75f}) {
            sb.append(f.format(v)).append(" | ");
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        for (Locale l : new Locale[] {Locale.US, Locale.ROOT}) {
            describe("getInstance(" + l + ")", NumberFormat.getInstance(l));
            describe("getNumberInstance(" + l + ")", NumberFormat.getNumberInstance(l));
            describe("getIntegerInstance(" + l + ")", NumberFormat.getIntegerInstance(l));
            describe("getPercentInstance(" + l + ")", NumberFormat.getPercentInstance(l));
        }
        describe("getInstance()", NumberFormat.getInstance());
        describe("getNumberInstance()", NumberFormat.getNumberInstance());
        describe("getIntegerInstance()", NumberFormat.getIntegerInstance());
        describe("getPercentInstance()", NumberFormat.getPercentInstance());
        describe("new DecimalFormat()", new DecimalFormat());

        NumberFormat f = NumberFormat.getInstance(Locale.US);
        System.out.println("equal hashes " + (f.hashCode() == NumberFormat.getNumberInstance(Locale.US).hashCode()));
        f.setMaximumFractionDigits(5);
        f.setMinimumFractionDigits(2);
        f.setMinimumIntegerDigits(3);
        f.setGroupingUsed(false);
        f.setRoundingMode(RoundingMode.CEILING);
        describe("changed", f);
        f.setMinimumFractionDigits(8);
        System.out.println("min>max frac: " + f.getMinimumFractionDigits() + "-" + f.getMaximumFractionDigits());
        f.setMaximumIntegerDigits(1);
        System.out.println("max<min int: " + f.getMinimumIntegerDigits() + "-" + f.getMaximumIntegerDigits() + " " + f.format(98.7));
        f.setMaximumFractionDigits(-5);
        f.setMinimumIntegerDigits(-1);
        System.out.println("negative: " + f.getMinimumIntegerDigits() + "-" + f.getMaximumIntegerDigits() + " "
            + f.getMinimumFractionDigits() + "-" + f.getMaximumFractionDigits() + " " + f.format(98.7));
        NumberFormat c = (NumberFormat) NumberFormat.getIntegerInstance(Locale.US).clone();
        System.out.println("clone " + c.format(2.5) + " " + c.format(3.5));
        try {
            f.format("text");
        } catch (IllegalArgumentException e) {
            System.out.println("format(String): " + e.getMessage());
        }
        try {
            f.format(null);
        } catch (IllegalArgumentException e) {
            System.out.println("format(null): " + e.getMessage());
        }
        System.out.println(NumberFormat.getAvailableLocales().length > 0);
    }
}
