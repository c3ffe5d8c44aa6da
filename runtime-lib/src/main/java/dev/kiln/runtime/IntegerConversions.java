package dev.kiln.runtime;

/**
 * Integer parsing and formatting for {@code Integer}, {@code Long}, {@code Short} and {@code Byte}, with
 * the JDK's exception messages: a {@code String} parser reports {@code For input string: "s"} (plus
 * {@code under radix r} unless the radix is 10), a {@code CharSequence} range parser reports the index
 * of the offending char within the range. The unsigned parsers reproduce the JDK's observable steps
 * (which parser reports which error) so that their messages match too.
 */
public final class IntegerConversions {
    private IntegerConversions() {
    }

    /** Parses {@code s} in {@code radix} as a signed value in {@code [min, max]} (min = -max - 1). */
    public static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        checkRadix(radix);
        int len = s.length();
        if (len == 0) {
            throw forInputString(s, radix);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            if (len == 1) {
                throw forInputString(s, radix);
            }
            i = 1;
        }
        long limit = negative ? min : -max;
        long multmin = limit / radix;
        long result = 0;
        for (; i < len; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** {@code Integer.parseInt(CharSequence, int, int, int)}. */
    public static int parseInt(CharSequence s, int begin, int end, int radix) {
        return (int) parseRange(s, begin, end, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** {@code Long.parseLong(CharSequence, int, int, int)}. */
    public static long parseLong(CharSequence s, int begin, int end, int radix) {
        return parseRange(s, begin, end, radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Parses {@code s[begin, end)} in {@code radix} as a signed value in {@code [min, max]}. An empty
     * range is reported as Java 17 does: {@code For input string: ""} by the {@code int} parser, with an
     * empty message by the {@code long} one.
     */
    private static long parseRange(CharSequence s, int begin, int end, int radix, long min, long max) {
        checkRange(s, begin, end);
        checkRadix(radix);
        if (begin == end) {
            throw min == Long.MIN_VALUE ? new NumberFormatException("") : forInputString("", radix);
        }
        int i = begin;
        boolean negative = false;
        char first = s.charAt(begin);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
            if (i == end) {
                throw errorAt(s, begin, end, i);
            }
        }
        long limit = negative ? min : -max;
        long multmin = limit / radix;
        long result = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw errorAt(s, begin, end, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw errorAt(s, begin, end, i);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** Parses {@code s} in {@code radix} as an unsigned 32-bit value. */
    public static int parseUnsignedInt(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        long value = parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
        if (value >>> 32 != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /**
     * Parses {@code s[begin, end)} in {@code radix} as an unsigned 32-bit value. As in Java 17, the sign
     * and range messages quote all of {@code s}, and an empty range has an empty message.
     */
    public static int parseUnsignedInt(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end);
        int len = end - begin;
        if (len == 0) {
            throw new NumberFormatException("");
        }
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return parseInt(s, begin, end, radix);
        }
        long value = parseLong(s, begin, end, radix);
        if (value >>> 32 != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /**
     * Parses {@code s} in {@code radix} as an unsigned 64-bit value: all but the last digit as a signed
     * long, then the last digit with an exact overflow check.
     */
    public static long parseUnsignedLong(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        long first = parseLong(s, 0, len - 1, radix);
        return appendLastDigit(first, s.charAt(len - 1), radix, s);
    }

    /** Parses {@code s[begin, end)} in {@code radix} as an unsigned 64-bit value. */
    public static long parseUnsignedLong(CharSequence s, int begin, int end, int radix) {
        checkRange(s, begin, end);
        int len = end - begin;
        if (len == 0) {
            throw forInputString("", radix);
        }
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException(
                    "Illegal leading minus sign on unsigned string " + s.subSequence(begin, end) + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parseLong(s, begin, end, radix);
        }
        long first = parseLong(s, begin, end - 1, radix);
        return appendLastDigit(first, s.charAt(end - 1), radix, s.subSequence(begin, end));
    }

    private static long appendLastDigit(long first, char last, int radix, CharSequence whole) {
        int digit = Character.digit(last, radix);
        if (digit < 0) {
            throw new NumberFormatException("Bad digit at end of " + whole);
        }
        long high = Math.multiplyHigh(first, radix);
        long low = first * radix;
        long result = low + digit;
        if (high != 0 || Long.compareUnsigned(result, low) < 0) {
            throw new NumberFormatException("String value " + whole + " exceeds range of unsigned long.");
        }
        return result;
    }

    /**
     * Parses {@code nm} as {@code Integer.decode} does: an optional sign, then {@code 0x}, {@code 0X} or
     * {@code #} for hexadecimal, a leading {@code 0} for octal, or decimal.
     */
    public static long decode(String nm, long min, long max) {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int index = 0;
        boolean negative = false;
        char first = nm.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            index++;
        }
        int radix = 10;
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            radix = 16;
            index += 2;
        } else if (nm.startsWith("#", index)) {
            radix = 16;
            index++;
        } else if (nm.startsWith("0", index) && nm.length() > index + 1) {
            radix = 8;
            index++;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = nm.substring(index);
        return parse(negative ? "-" + digits : digits, radix, min, max);
    }

    private static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    private static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException(
                "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    private static NumberFormatException errorAt(CharSequence s, int begin, int end, int i) {
        return new NumberFormatException("Error at index " + (i - begin) + " in: \"" + s.subSequence(begin, end) + "\"");
    }

    private static void checkRange(CharSequence s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException(IndexMessages.parseRangeMessage(begin, end, s.length()));
        }
    }

    /** {@code value} in {@code radix} (2-36, else 10), with lower-case letters and a leading '-' if negative. */
    public static String toString(long value, int radix) {
        int r = radix < Character.MIN_RADIX || radix > Character.MAX_RADIX ? 10 : radix;
        char[] buf = new char[65];
        int pos = buf.length;
        long v = value < 0 ? value : -value;
        do {
            buf[--pos] = Character.forDigit((int) -(v % r), r);
            v /= r;
        } while (v != 0);
        if (value < 0) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, buf.length - pos);
    }

    /** The unsigned value {@code value} in {@code radix} (2-36, else 10). */
    public static String toUnsignedString(long value, int radix) {
        if (value >= 0) {
            return toString(value, radix);
        }
        int r = radix < Character.MIN_RADIX || radix > Character.MAX_RADIX ? 10 : radix;
        char[] buf = new char[64];
        int pos = buf.length;
        long v = value;
        while (v != 0) {
            long q = Long.divideUnsigned(v, r);
            buf[--pos] = Character.forDigit((int) (v - q * r), r);
            v = q;
        }
        return new String(buf, pos, buf.length - pos);
    }

    /** The digits of the unsigned value {@code value} in base {@code 1 << shift} (1 to 5), lower case, in an array of their length. */
    public static char[] powerOfTwoChars(long value, int shift) {
        int bits = Math.max(64 - Long.numberOfLeadingZeros(value), 1);
        char[] buf = new char[(bits + shift - 1) / shift];
        long v = value;
        int mask = (1 << shift) - 1;
        for (int pos = buf.length - 1; pos >= 0; pos--) {
            int d = (int) v & mask;
            buf[pos] = (char) (d < 10 ? '0' + d : 'a' - 10 + d);
            v >>>= shift;
        }
        return buf;
    }

    /** The number of chars of {@code value} in decimal, a '-' included. */
    public static int decimalLength(int value) {
        int v = value < 0 ? value : -value;
        int n = 1;
        for (int p = -10; n < 10 && v <= p; p *= 10) {
            n++;
        }
        return value < 0 ? n + 1 : n;
    }

    /** The number of chars of {@code value} in decimal, a '-' included. */
    public static int decimalLength(long value) {
        if (value == (int) value) {
            return decimalLength((int) value);
        }
        long v = value < 0 ? value : -value;
        int n = 1;
        for (long p = -10; n < 19 && v <= p; p *= 10) {
            n++;
        }
        return value < 0 ? n + 1 : n;
    }

    /** Writes {@code value} in decimal into {@code buf}, its last digit at {@code end - 1}; {@link #decimalLength} chars. */
    public static void writeDecimal(int value, char[] buf, int end) {
        int v = value < 0 ? value : -value;
        int pos = end;
        do {
            int q = v / 10;
            buf[--pos] = (char) ('0' + q * 10 - v);
            v = q;
        } while (v != 0);
        if (value < 0) {
            buf[--pos] = '-';
        }
    }

    /** Writes {@code value} in decimal into {@code buf}, its last digit at {@code end - 1}; {@link #decimalLength} chars. */
    public static void writeDecimal(long value, char[] buf, int end) {
        if (value == (int) value) {
            writeDecimal((int) value, buf, end);
            return;
        }
        long v = value < 0 ? value : -value;
        int pos = end;
        while (v < Integer.MIN_VALUE) {
            long q = v / 10;
            buf[--pos] = (char) ('0' + q * 10 - v);
            v = q;
        }
        int w = (int) v;
        do {
            int q = w / 10;
            buf[--pos] = (char) ('0' + q * 10 - w);
            w = q;
        } while (w != 0);
        if (value < 0) {
            buf[--pos] = '-';
        }
    }
}
