package java.lang;

import dev.kiln.runtime.IntegerConversions;
import dev.kiln.runtime.Intrinsic;

/** The wrapper for {@code long}, with parsing, formatting and bit operations. */
public final class Long extends Number implements Comparable<Long> {
    /** The {@code Class} object of the primitive type {@code long}: what {@code long.class} reads. */
    public static final Class<Long> TYPE = primitiveClass();

    /** The smallest {@code long}, -2<sup>63</sup>. */
    public static final long MIN_VALUE = 0x8000000000000000L;
    /** The largest {@code long}, 2<sup>63</sup>-1. */
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    /** The number of bits in a {@code long}. */
    public static final int SIZE = 64;
    /** The number of bytes in a {@code long}. */
    public static final int BYTES = 8;

    /** Boxes of -128 to 127, created on first use: boxing must yield identical objects (JLS 5.1.7). */
    private static final Long[] CACHE = new Long[256];

    private final long value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    /**
     * Boxes the decimal value of {@code s}.
     *
     * @throws NumberFormatException if {@code s} is not a decimal {@code long}
     */
    @Deprecated(since = "9")
    public Long(String s) {
        this.value = parseLong(s, 10);
    }

    /** {@code i} in {@code radix} (2-36, else 10), with a leading '-' if negative. */
    public static String toString(long i, int radix) {
        return IntegerConversions.toString(i, radix);
    }

    /** The unsigned value of {@code i} in {@code radix} (2-36, else 10). */
    public static String toUnsignedString(long i, int radix) {
        return IntegerConversions.toUnsignedString(i, radix);
    }

    /** The unsigned value of {@code i} in base 16, lower case, without leading zeros. */
    public static String toHexString(long i) {
        return new String(IntegerConversions.powerOfTwoChars(i, 4), true);
    }

    /** The unsigned value of {@code i} in base 8, without leading zeros. */
    public static String toOctalString(long i) {
        return new String(IntegerConversions.powerOfTwoChars(i, 3), true);
    }

    /** The unsigned value of {@code i} in base 2, without leading zeros. */
    public static String toBinaryString(long i) {
        return new String(IntegerConversions.powerOfTwoChars(i, 1), true);
    }

    /** {@code i} in decimal. */
    public static String toString(long i) {
        char[] digits = new char[IntegerConversions.decimalLength(i)];
        IntegerConversions.writeDecimal(i, digits, digits.length);
        return new String(digits, true);
    }

    /** The unsigned value of {@code i} in decimal. */
    public static String toUnsignedString(long i) {
        return IntegerConversions.toUnsignedString(i, 10);
    }

    /**
     * Parses a signed {@code long} in {@code radix}: an optional sign and at least one digit (no 'L').
     *
     * @throws NumberFormatException if {@code s} is null, not such a number, or out of range
     */
    public static long parseLong(String s, int radix) {
        return IntegerConversions.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses a signed {@code long} in {@code radix} from {@code s[beginIndex, endIndex)}.
     *
     * @throws NumberFormatException if the range is not such a number or out of range
     * @throws IndexOutOfBoundsException if the range is not within {@code s}
     */
    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) {
        return IntegerConversions.parseLong(s, beginIndex, endIndex, radix);
    }

    /** Parses a signed decimal {@code long}. */
    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    /**
     * Parses an unsigned {@code long} in {@code radix}.
     *
     * @throws NumberFormatException if {@code s} is null, not such a number, or at least 2<sup>64</sup>
     */
    public static long parseUnsignedLong(String s, int radix) {
        return IntegerConversions.parseUnsignedLong(s, radix);
    }

    /** Parses an unsigned {@code long} in {@code radix} from {@code s[beginIndex, endIndex)}. */
    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix) {
        return IntegerConversions.parseUnsignedLong(s, beginIndex, endIndex, radix);
    }

    /** Parses an unsigned decimal {@code long}. */
    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    /** The box of {@code parseLong(s, radix)}. */
    public static Long valueOf(String s, int radix) {
        return valueOf(parseLong(s, radix));
    }

    /** The box of {@code parseLong(s)}. */
    public static Long valueOf(String s) {
        return valueOf(parseLong(s, 10));
    }

    /** The box of {@code l}; the same object every time for -128 to 127. */
    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            int index = (int) l + 128;
            Long boxed = CACHE[index];
            if (boxed == null) {
                boxed = new Long(l);
                CACHE[index] = boxed;
            }
            return boxed;
        }
        return new Long(l);
    }

    /** Parses {@code nm} like {@link Integer#decode}, as a {@code long}. */
    public static Long decode(String nm) {
        return valueOf(IntegerConversions.decode(nm, MIN_VALUE, MAX_VALUE));
    }

    /**
     * The system property {@code nm} decoded as {@link #decode} reads it; null if {@code nm} is null or empty,
     * the property is not set, or its value is not such a number.
     */
    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    /** {@link #getLong(String)}, or {@code val} where that would be null. */
    public static Long getLong(String nm, long val) {
        Long v = getLong(nm, null);
        return v == null ? valueOf(val) : v;
    }

    /** {@link #getLong(String)}, or {@code val} where that would be null. */
    public static Long getLong(String nm, Long val) {
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

    /** The value narrowed to {@code int}. */
    public int intValue() {
        return (int) value;
    }

    /** The boxed value. */
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

    /** The two halves of the value XORed. */
    public int hashCode() {
        return hashCode(value);
    }

    /** {@code (int) (value ^ (value >>> 32))}. */
    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    /** Whether {@code obj} is a {@code Long} boxing the same value. */
    public boolean equals(Object obj) {
        return obj instanceof Long && ((Long) obj).value == value;
    }

    /** Numeric comparison. */
    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    /** -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** Compares {@code x} and {@code y} as unsigned values. */
    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /**
     * The unsigned quotient.
     *
     * @throws ArithmeticException if {@code divisor} is 0
     */
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return compareUnsigned(r, divisor) >= 0 ? q + 1 : q;
    }

    /**
     * The unsigned remainder.
     *
     * @throws ArithmeticException if {@code divisor} is 0
     */
    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    /** {@code i} with all but its highest one-bit cleared (0 for 0). */
    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** {@code i} with all but its lowest one-bit cleared (0 for 0). */
    public static long lowestOneBit(long i) {
        return i & -i;
    }

    /** The number of zero bits above the highest one-bit (64 for 0). */
    public static int numberOfLeadingZeros(long i) {
        return (int) clz(i);
    }

    /** The number of zero bits below the lowest one-bit (64 for 0). */
    public static int numberOfTrailingZeros(long i) {
        return (int) ctz(i);
    }

    /** The number of one-bits. */
    public static int bitCount(long i) {
        return (int) popcnt(i);
    }

    /** {@code i} rotated left by {@code distance} mod 64 bits. */
    public static long rotateLeft(long i, int distance) {
        return rotl(i, distance);
    }

    /** {@code i} rotated right by {@code distance} mod 64 bits. */
    public static long rotateRight(long i, int distance) {
        return rotr(i, distance);
    }

    /** {@code i} with the order of its bits reversed. */
    public static long reverse(long i) {
        long r = (i & 0x5555555555555555L) << 1 | (i >>> 1) & 0x5555555555555555L;
        r = (r & 0x3333333333333333L) << 2 | (r >>> 2) & 0x3333333333333333L;
        r = (r & 0x0f0f0f0f0f0f0f0fL) << 4 | (r >>> 4) & 0x0f0f0f0f0f0f0f0fL;
        return reverseBytes(r);
    }

    /** -1, 0 or 1 as {@code i} is negative, zero or positive. */
    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    /** {@code i} with the order of its bytes reversed. */
    public static long reverseBytes(long i) {
        return (long) Integer.reverseBytes((int) i) << 32 | Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL;
    }

    /** {@code a + b}. */
    public static long sum(long a, long b) {
        return a + b;
    }

    /** The greater of {@code a} and {@code b}. */
    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** The smaller of {@code a} and {@code b}. */
    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    @Intrinsic("i64.clz")
    private static native long clz(long i);

    @Intrinsic("i64.ctz")
    private static native long ctz(long i);

    @Intrinsic("i64.popcnt")
    private static native long popcnt(long i);

    @Intrinsic("i64.rotl")
    private static native long rotl(long i, long distance);

    @Intrinsic("i64.rotr")
    private static native long rotr(long i, long distance);

    /** The Class object of {@code long}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.long")
    private static native Class<Long> primitiveClass();
}
