package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.DateTimePrinting;
import dev.kiln.runtime.FormatSpecifierSyntax;
import dev.kiln.runtime.FormatterNumbers;
import dev.kiln.runtime.Substitute;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.UnknownFormatConversionException;

/**
 * {@code Formatter}'s date and time conversions ({@code %t}, {@code %T}) run the JDK's code for a
 * {@code Date}, {@code Calendar} or {@code TemporalAccessor} argument, reached through a method of the
 * argument's own class ({@link DateTimePrinting}), so that programs without dates do not carry that code. A
 * {@code Long} argument (milliseconds) would need {@code Calendar} and the time-zone data in every program
 * that formats anything, about 1.7 MB, so it throws {@code UnsupportedOperationException}; a null argument
 * prints {@code null} and any other argument fails as on the JDK.
 *
 * <p>Up to JDK 20, {@code Formatter} finds a specifier that is more than {@code %} and a conversion character with
 * a regular expression, compiled by its static initializer, which made {@code java.util.regex} and the Unicode
 * script and block tables part of every program that formats. {@link #parse} finds the same parts with
 * {@link FormatSpecifierSyntax} and makes the same {@code FixedString}s and {@code FormatSpecifier}s, through the
 * JDK's own constructors and checks; JDK 21 and later parse without regular expressions themselves.
 *
 * <p>Up to JDK 20, the symbols of a locale other than {@code Locale.US} ({@link #zero()},
 * {@code FormatSpecifier.getZero} and {@code localizedMagnitude}) come from {@link FormatterNumbers} instead of
 * {@code DecimalFormatSymbols} and {@code NumberFormat}, so that formatting does not bring the locale providers; from
 * JDK 25 those of every locale ({@code getZero}, {@code getDecimalSeparator}, {@code getGroupingSeparator},
 * {@code getMinusSign} and the other {@code localizedMagnitude}).
 */
final class Formatter {
    /** {@code zero} before it is known: the value of JDK 17's {@code ZERO_SENTINEL}, which its constructors store. */
    private static final char KILN_ZERO_UNKNOWN = '\uFFFE';

    @Alias(maxJdk = 20)
    private java.util.Locale l;

    @Alias(maxJdk = 20)
    private char zero;

    private Formatter() {
    }

    @Alias(maxJdk = 20)
    public native java.util.Locale locale();

    /** JDK 25: the zero digit of {@code l}, {@code 0} for none. */
    @Substitute(minJdk = 25)
    private static char getZero(java.util.Locale l) {
        return l == null ? '0' : FormatterNumbers.zeroDigit(l, true);
    }

    /** JDK 25: the decimal separator of {@code l}, {@code .} for none. */
    @Substitute(minJdk = 25)
    private static char getDecimalSeparator(java.util.Locale l) {
        return l == null ? '.' : FormatterNumbers.decimalSeparator(l, true);
    }

    /** JDK 25: the grouping separator of {@code l}, {@code ,} for none. */
    @Substitute(minJdk = 25)
    private static char getGroupingSeparator(java.util.Locale l) {
        return l == null ? ',' : FormatterNumbers.groupingSeparator(l, true);
    }

    /** JDK 25: the minus sign of {@code l}, {@code -} for none. */
    @Substitute(minJdk = 25)
    private static char getMinusSign(java.util.Locale l) {
        return l == null ? '-' : FormatterNumbers.minusSign(l, true);
    }

    /** The zero digit of this formatter's locale, found on first use: {@code 0} for none or {@code Locale.US}. */
    @Substitute(maxJdk = 20)
    private char zero() {
        char z = zero;
        if (z == KILN_ZERO_UNKNOWN) {
            z = l != null && !l.equals(java.util.Locale.US) ? FormatterNumbers.zeroDigit(l, false) : '0';
            zero = z;
        }
        return z;
    }

    /** No {@code fsPattern}: nothing but {@link #parse} read it. */
    @Substitute(name = "<clinit>", maxJdk = 20)
    static void clinit() {
    }

    /**
     * The format string as fixed text and specifiers: a {@code %} followed by a conversion character alone is
     * the JDK's quick {@code FormatSpecifier(char)}, anything longer the specifier syntax's parts, and text that
     * is no specifier an {@code UnknownFormatConversionException} naming the character after the {@code %}
     * ({@code %} itself at the end of the text).
     */
    @Substitute(maxJdk = 20)
    private List<Object> parse(String s) {
        ArrayList<Object> parts = new ArrayList<>();
        int[] groups = null;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int percent = s.indexOf('%', i);
            if (percent < 0) {
                parts.add(new FixedString(this, s, i, max));
                break;
            }
            if (i != percent) parts.add(new FixedString(this, s, i, percent));
            i = percent + 1;
            if (i >= max) throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (Conversion.isValid(c)) {
                parts.add(new FormatSpecifier(this, c));
                i++;
            } else {
                if (groups == null) groups = new int[14];
                int end = FormatSpecifierSyntax.scan(s, percent, groups);
                if (end < 0) throw new UnknownFormatConversionException(String.valueOf(c));
                parts.add(FormatSpecifier.kilnOf(this, s, groups));
                i = end;
            }
        }
        return parts;
    }

    static final class FixedString {
        @Alias(maxJdk = 20)
        FixedString(Formatter outer, String s, int start, int end) {
        }
    }

    static final class Flags {
        @Alias(maxJdk = 20)
        static Flags UPPERCASE;

        @Alias(maxJdk = 20)
        static Flags GROUP;

        @Alias(maxJdk = 20)
        static Flags ZERO_PAD;

        @Alias(maxJdk = 20)
        public native boolean contains(Flags f);

        private Flags() {
        }

        @Alias(maxJdk = 20)
        private native Flags add(Flags f);
    }

    static final class Conversion {
        private Conversion() {
        }

        @Alias(maxJdk = 20)
        static native boolean isValid(char c);

        @Alias(maxJdk = 20)
        static native boolean isGeneral(char c);

        @Alias(maxJdk = 20)
        static native boolean isCharacter(char c);

        @Alias(maxJdk = 20)
        static native boolean isInteger(char c);

        @Alias(maxJdk = 20)
        static native boolean isFloat(char c);

        @Alias(maxJdk = 20)
        static native boolean isText(char c);
    }

    static final class FormatSpecifier {
        @Alias
        private char c;

        @Alias(maxJdk = 20)
        private boolean dt;

        @Alias(maxJdk = 20)
        private java.util.Formatter this$0;

        @Alias(maxJdk = 20)
        private Flags f;

        /** JDK 17's specifier of a lone conversion character: the state every specifier starts from, for 'd'. */
        @Alias(maxJdk = 20)
        FormatSpecifier(Formatter outer, char c) {
        }

        @Alias(maxJdk = 20)
        private native void index(String s, int start, int end);

        @Alias(maxJdk = 20)
        private native void flags(String s, int start, int end);

        @Alias(maxJdk = 20)
        private native void width(String s, int start, int end);

        @Alias(maxJdk = 20)
        private native void precision(String s, int start, int end);

        @Alias(maxJdk = 20)
        private native void conversion(char c);

        @Alias(maxJdk = 20)
        private native void checkDateTime();

        @Alias(maxJdk = 20)
        private native void checkGeneral();

        @Alias(maxJdk = 20)
        private native void checkCharacter();

        @Alias(maxJdk = 20)
        private native void checkInteger();

        @Alias(maxJdk = 20)
        private native void checkFloat();

        @Alias(maxJdk = 20)
        private native void checkText();

        /**
         * JDK 25's {@link #localizedMagnitude}: the same localization, with the flags as bits ({@code Flags.GROUP} is
         * 64, {@code Flags.ZERO_PAD} 32) and every locale's symbols (the US too) from the formatter's getters above.
         */
        @Substitute(name = "localizedMagnitude", minJdk = 25)
        private StringBuilder localizedMagnitude25(java.util.Formatter fmt, StringBuilder sb, CharSequence value, int offset,
                int f, int width, java.util.Locale l) {
            if (sb == null) sb = new StringBuilder();
            int begin = sb.length();
            char zero = Formatter.getZero(l);
            int length = value.length();
            int dot = length;
            for (int j = offset; j < length; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            char decimalSeparator = dot == length ? '\0' : Formatter.getDecimalSeparator(l);
            char groupingSeparator = '\0';
            int groupingSize = 0;
            if ((f & 64) != 0) {
                groupingSize = l == null || l.equals(java.util.Locale.US) ? 3 : FormatterNumbers.groupingSize(l, true);
                if (groupingSize > 0) groupingSeparator = Formatter.getGroupingSeparator(l);
            }
            return localize(sb, begin, value, offset, dot, zero, decimalSeparator, groupingSeparator, groupingSize,
                    width != -1 && (f & 32) != 0 ? width : -1);
        }

        /**
         * The digits of {@code value} from {@code offset} (a decimal point at {@code dot}, or none if it is the
         * length) appended to {@code sb}, each relative to {@code zero}; {@code decimalSeparator} for the point;
         * {@code groupingSeparator} between groups of {@code groupingSize} digits of the integer part unless it is
         * {@code \0}; then zeros inserted at {@code begin} up to {@code padTo} characters (none for -1).
         */
        private static StringBuilder localize(StringBuilder sb, int begin, CharSequence value, int offset, int dot, char zero,
                char decimalSeparator, char groupingSeparator, int groupingSize, int padTo) {
            int length = value.length();
            for (int j = offset; j < length; j++) {
                if (j == dot) {
                    sb.append(decimalSeparator);
                    groupingSeparator = '\0';
                    continue;
                }
                sb.append((char) (value.charAt(j) - '0' + zero));
                if (groupingSeparator != '\0' && j != dot - 1 && (dot - j) % groupingSize == 1) {
                    sb.append(groupingSeparator);
                }
            }
            if (padTo > sb.length()) {
                sb.insert(begin, String.valueOf(zero).repeat(padTo - sb.length()));
            }
            return sb;
        }

        /** The zero digit of {@code l}: the formatter's own unless {@code l} is another locale. */
        @Substitute(maxJdk = 20)
        private char getZero(java.util.Locale l) {
            if (l != null && !l.equals(this$0.locale())) return FormatterNumbers.zeroDigit(l, false);
            return ((Formatter) (Object) this$0).zero();
        }

        /**
         * The digits of {@code value} from {@code offset} localized as the class specification's "Number
         * Localization" says, appended to {@code sb} (a new one if null): each digit relative to the locale's
         * zero digit, the decimal separator of the locale, with the {@code ,} flag the locale's grouping separator
         * between groups of its grouping size in the integer part (none if its number pattern does not group), and
         * with the {@code 0} flag the locale's zeros after what {@code sb} held before, up to {@code width}.
         * Without a locale or for {@code Locale.US}: {@code .}, {@code ,} and groups of 3.
         */
        @Substitute(maxJdk = 20)
        private StringBuilder localizedMagnitude(StringBuilder sb, CharSequence value, int offset, Flags f, int width,
                java.util.Locale l) {
            if (sb == null) sb = new StringBuilder();
            int begin = sb.length();
            char zero = getZero(l);
            boolean plain = l == null || l.equals(java.util.Locale.US);
            int length = value.length();
            int dot = length;
            for (int j = offset; j < length; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            char decimalSeparator = dot == length ? '\0' : plain ? '.' : FormatterNumbers.decimalSeparator(l, false);
            char groupingSeparator = '\0';
            int groupingSize = 0;
            if (f.contains(Flags.GROUP)) {
                groupingSize = plain ? 3 : FormatterNumbers.groupingSize(l, false);
                if (groupingSize > 0) groupingSeparator = plain ? ',' : FormatterNumbers.groupingSeparator(l, false);
            }
            return localize(sb, begin, value, offset, dot, zero, decimalSeparator, groupingSeparator, groupingSize,
                    width != -1 && f.contains(Flags.ZERO_PAD) ? width : -1);
        }

        /**
         * The specifier whose parts {@link FormatSpecifierSyntax#scan} found, as JDK 17's constructor from a
         * {@code Matcher} makes it: from the state of a plain {@code %d}, the argument index, flags, width and
         * precision (each checked by the JDK's own methods), the date/time prefix (upper case with {@code T}),
         * the conversion, then the checks of the conversion's category.
         */
        static FormatSpecifier kilnOf(Formatter outer, String s, int[] groups) {
            FormatSpecifier fs = new FormatSpecifier(outer, 'd');
            fs.index(s, groups[2], groups[3]);
            fs.flags(s, groups[4], groups[5]);
            fs.width(s, groups[6], groups[7]);
            fs.precision(s, groups[8], groups[9]);
            if (groups[10] >= 0) {
                fs.dt = true;
                if (s.charAt(groups[10]) == 'T') fs.f.add(Flags.UPPERCASE);
            }
            fs.conversion(s.charAt(groups[12]));
            if (fs.dt) {
                fs.checkDateTime();
            } else if (Conversion.isGeneral(fs.c)) {
                fs.checkGeneral();
            } else if (Conversion.isCharacter(fs.c)) {
                fs.checkCharacter();
            } else if (Conversion.isInteger(fs.c)) {
                fs.checkInteger();
            } else if (Conversion.isFloat(fs.c)) {
                fs.checkFloat();
            } else if (Conversion.isText(fs.c)) {
                fs.checkText();
            } else {
                throw new UnknownFormatConversionException(String.valueOf(fs.c));
            }
            return fs;
        }

        @Alias(maxJdk = 20)
        private native void print(String s, java.util.Locale l);

        @Alias(minJdk = 21)
        private native void print(java.util.Formatter fmt, String s, java.util.Locale l);

        @Alias(maxJdk = 20)
        private native void print(java.util.Calendar t, char c, java.util.Locale l);

        @Alias(minJdk = 21)
        private native void print(java.util.Formatter fmt, java.util.Calendar t, char c, java.util.Locale l);

        @Alias(maxJdk = 20)
        private native void print(TemporalAccessor t, char c, java.util.Locale l);

        @Alias(minJdk = 21)
        private native void print(java.util.Formatter fmt, TemporalAccessor t, char c, java.util.Locale l);

        @Alias
        private native void failConversion(char c, Object arg);

        @Substitute(maxJdk = 20)
        private void printDateTime(Object arg, java.util.Locale l) throws IOException {
            if (arg == null) {
                print("null", l);
            } else if (arg instanceof Long) {
                unsupportedLong();
            } else if (arg instanceof java.util.Date) {
                ((Date) (Object) arg).kilnPrintDateTime(cal -> print(cal, c, l), l);
            } else if (arg instanceof java.util.Calendar) {
                ((Calendar) (Object) arg).kilnPrintDateTime(cal -> print(cal, c, l));
            } else if (arg instanceof TemporalAccessor) {
                DateTimePrinting.print((TemporalAccessor) arg, t -> print(t, c, l));
            } else {
                failConversion(c, arg);
            }
        }

        @Substitute(name = "printDateTime", minJdk = 21)
        private void printDateTime21(java.util.Formatter fmt, Object arg, java.util.Locale l) throws IOException {
            if (arg == null) {
                print(fmt, "null", l);
            } else if (arg instanceof Long) {
                unsupportedLong();
            } else if (arg instanceof java.util.Date) {
                ((Date) (Object) arg).kilnPrintDateTime(cal -> print(fmt, cal, c, l), l);
            } else if (arg instanceof java.util.Calendar) {
                ((Calendar) (Object) arg).kilnPrintDateTime(cal -> print(fmt, cal, c, l));
            } else if (arg instanceof TemporalAccessor) {
                DateTimePrinting.print((TemporalAccessor) arg, t -> print(fmt, t, c, l));
            } else {
                failConversion(c, arg);
            }
        }

        private void unsupportedLong() {
            throw new UnsupportedOperationException("Kiln does not format a java.lang.Long with %" + c
                    + " (it would make Calendar and the time-zone data part of every program that formats): "
                    + "pass a java.util.Date or an Instant instead");
        }
    }
}
