package java.lang;

import dev.kiln.runtime.IntegerConversions;
import dev.kiln.runtime.Intrinsic;

/**
 * The wrapper for {@code int}, with parsing, formatting and bit operations.
 */
public final class Integer extends Number implements Comparable<Integer> {
    /** The {@code Class} object of the primitive type {@code int}: what {@code int.class} reads. */
    public static final Class<Integer> TYPE = primitiveClass();

    /** The smallest {@code int}, -2<sup>31</sup>. */
    public static final int MIN_VALUE = 0x80000000;
    /** The largest {@code int}, 2<sup>31</sup>-1. */
    public static final int MAX_VALUE = 0x7fffffff;
    /** The number of bits in an {@code int}. */
    public static final int SIZE = 32;
    /** The number of bytes in an {@code int}. */
    public static final int BYTES = 4;

    /** Boxes of -128 to 127, created on first use: boxing must yield identical objects (JLS 5.1.7). */
    private static final Integer[] CACHE = new Integer[256];

    private final int value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Integer(int value) {
        this.value = value;
    }

    /**
     * Boxes the decimal value of {@code s}.
     *
     * @throws NumberFormatException if {@code s} is not a decimal {@code int}
     */
    @Deprecated(since = "9")
    public Integer(String s) {
        this.value = parseInt(s, 10);
    }

    /** {@code i} in {@code radix} (2-36, else 10), with a leading '-' if negative. */
    public static String toString(int i, int radix) {
        return IntegerConversions.toString(i, radix);
    }

    /** The unsigned value of {@code i} in {@code radix} (2-36, else 10). */
    public static String toUnsignedString(int i, int radix) {
        return IntegerConversions.toString(toUnsignedLong(i), radix);
    }

    /** The unsigned value of {@code i} in base 16, lower case, without leading zeros. */
    public static String toHexString(int i) {
        return new String(IntegerConversions.powerOfTwoChars(toUnsignedLong(i), 4), true);
    }

    /** The unsigned value of {@code i} in base 8, without leading zeros. */
    public static String toOctalString(int i) {
        return new String(IntegerConversions.powerOfTwoChars(toUnsignedLong(i), 3), true);
    }

    /** The unsigned value of {@code i} in base 2, without leading zeros. */
    public static String toBinaryString(int i) {
        return new String(IntegerConversions.powerOfTwoChars(toUnsignedLong(i), 1), true);
    }

    /** {@code i} in decimal. */
    public static String toString(int i) {
        char[] digits = new char[IntegerConversions.decimalLength(i)];
        IntegerConversions.writeDecimal(i, digits, digits.length);
        return new String(digits, true);
    }

    /** The unsigned value of {@code i} in decimal. */
    public static String toUnsignedString(int i) {
        return IntegerConversions.toString(toUnsignedLong(i), 10);
    }

    /**
     * Parses a signed {@code int} in {@code radix}: an optional sign and at least one digit.
     *
     * @throws NumberFormatException if {@code s} is null, not such a number, or out of range
     */
    public static int parseInt(String s, int radix) {
        return (int) IntegerConversions.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses a signed {@code int} in {@code radix} from {@code s[beginIndex, endIndex)}.
     *
     * @throws NumberFormatException if the range is not such a number or out of range
     * @throws IndexOutOfBoundsException if the range is not within {@code s}
     */
    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) {
        return IntegerConversions.parseInt(s, beginIndex, endIndex, radix);
    }

    /** Parses a signed decimal {@code int}. */
    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    /**
     * Parses an unsigned {@code int} in {@code radix}: an optional '+' and at least one digit.
     *
     * @throws NumberFormatException if {@code s} is null, not such a number, or at least 2<sup>32</sup>
     */
    public static int parseUnsignedInt(String s, int radix) {
        return IntegerConversions.parseUnsignedInt(s, radix);
    }

    /** Parses an unsigned {@code int} in {@code radix} from {@code s[beginIndex, endIndex)}. */
    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix) {
        return IntegerConversions.parseUnsignedInt(s, beginIndex, endIndex, radix);
    }

    /** Parses an unsigned decimal {@code int}. */
    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    /** The box of {@code parseInt(s, radix)}. */
    public static Integer valueOf(String s, int radix) {
        return valueOf(parseInt(s, radix));
    }

    /** The box of {@code parseInt(s)}. */
    public static Integer valueOf(String s) {
        return valueOf(parseInt(s, 10));
    }

    /** The box of {@code i}; the same object every time for -128 to 127. */
    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) {
            Integer boxed = CACHE[i + 128];
            if (boxed == null) {
                boxed = new Integer(i);
                CACHE[i + 128] = boxed;
            }
            return boxed;
        }
        return new Integer(i);
    }

    /**
     * Parses {@code nm} with an optional sign and a {@code 0x}, {@code 0X}, {@code #} (hexadecimal) or
     * {@code 0} (octal) prefix.
     *
     * @throws NumberFormatException if {@code nm} is not such a number
     */
    public static Integer decode(String nm) {
        return valueOf((int) IntegerConversions.decode(nm, MIN_VALUE, MAX_VALUE));
    }

    /**
     * The system property {@code nm} decoded as {@link #decode} reads it; null if {@code nm} is null or empty,
     * the property is not set, or its value is not such a number.
     */
    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    /** {@link #getInteger(String)}, or {@code val} where that would be null. */
    public static Integer getInteger(String nm, int val) {
        Integer v = getInteger(nm, null);
        return v == null ? valueOf(val) : v;
    }

    /** {@link #getInteger(String)}, or {@code val} where that would be null. */
    public static Integer getInteger(String nm, Integer val) {
        if (nm == null || nm.isEmpty()) {
            return val;
        }
        String text = System.getProperty(nm);
        if (text == null) {
            return val;
        }
        try {
            return decode(text);
        } catch (NumberFormatException e) {
            return val;
        }
    }

    /** The value narrowed to {@code byte}. */
    public byte byteValue() {
        return (byte) value;
    }

    /** The value narrowed to {@code short}. */
    public short shortValue() {
        return (short) value;
    }

    /** The boxed value. */
    public int intValue() {
        return value;
    }

    /** The value widened to {@code long}. */
    public long longValue() {
        return value;
    }

    /** The value converted to {@code float}. */
    public float floatValue() {
        return value;
    }

    /** The value converted to {@code double}. */
    public double doubleValue() {
        return value;
    }

    /** The value in decimal. */
    public String toString() {
        return toString(value);
    }

    /** The value itself. */
    public int hashCode() {
        return value;
    }

    /** {@code value} itself. */
    public static int hashCode(int value) {
        return value;
    }

    /** Whether {@code obj} is an {@code Integer} boxing the same value. */
    public boolean equals(Object obj) {
        return obj instanceof Integer && ((Integer) obj).value == value;
    }

    /** Numeric comparison. */
    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    /** -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** Compares {@code x} and {@code y} as unsigned values. */
    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** {@code x} as an unsigned value in a {@code long}. */
    public static long toUnsignedLong(int x) {
        return x & 0xffffffffL;
    }

    /**
     * The unsigned quotient.
     *
     * @throws ArithmeticException if {@code divisor} is 0
     */
    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    /**
     * The unsigned remainder.
     *
     * @throws ArithmeticException if {@code divisor} is 0
     */
    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    /** {@code i} with all but its highest one-bit cleared (0 for 0). */
    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** {@code i} with all but its lowest one-bit cleared (0 for 0). */
    public static int lowestOneBit(int i) {
        return i & -i;
    }

    /** The number of zero bits above the highest one-bit (32 for 0). */
    @Intrinsic("i32.clz")
    public static native int numberOfLeadingZeros(int i);

    /** The number of zero bits below the lowest one-bit (32 for 0). */
    @Intrinsic("i32.ctz")
    public static native int numberOfTrailingZeros(int i);

    /** The number of one-bits. */
    @Intrinsic("i32.popcnt")
    public static native int bitCount(int i);

    /** {@code i} rotated left by {@code distance} mod 32 bits. */
    @Intrinsic("i32.rotl")
    public static native int rotateLeft(int i, int distance);

    /** {@code i} rotated right by {@code distance} mod 32 bits. */
    @Intrinsic("i32.rotr")
    public static native int rotateRight(int i, int distance);

    /** {@code i} with the order of its bits reversed. */
    public static int reverse(int i) {
        int r = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        r = (r & 0x33333333) << 2 | (r >>> 2) & 0x33333333;
        r = (r & 0x0f0f0f0f) << 4 | (r >>> 4) & 0x0f0f0f0f;
        return reverseBytes(r);
    }

    /** -1, 0 or 1 as {@code i} is negative, zero or positive. */
    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    /** {@code i} with the order of its bytes reversed. */
    public static int reverseBytes(int i) {
        return i << 24 | (i & 0xff00) << 8 | (i >>> 8) & 0xff00 | i >>> 24;
    }

    /** {@code a + b}. */
    public static int sum(int a, int b) {
        return a + b;
    }

    /** The greater of {@code a} and {@code b}. */
    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    /** The smaller of {@code a} and {@code b}. */
    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    /** The Class object of {@code int}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.int")
    private static native Class<Integer> primitiveClass();
}
