package java.lang;

import dev.kiln.runtime.Intrinsic;

/** The wrapper for {@code short}. */
public final class Short extends Number implements Comparable<Short> {
    /** The {@code Class} object of the primitive type {@code short}: what {@code short.class} reads. */
    public static final Class<Short> TYPE = primitiveClass();

    /** The smallest {@code short}, -2<sup>15</sup>. */
    public static final short MIN_VALUE = -32768;
    /** The largest {@code short}, 2<sup>15</sup>-1. */
    public static final short MAX_VALUE = 32767;
    /** The number of bits in a {@code short}. */
    public static final int SIZE = 16;
    /** The number of bytes in a {@code short}. */
    public static final int BYTES = 2;

    /** Boxes of -128 to 127, created on first use: boxing must yield identical objects (JLS 5.1.7). */
    private static final Short[] CACHE = new Short[256];

    private final short value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Short(short value) {
        this.value = value;
    }

    /** Boxes the decimal value of {@code s}. */
    @Deprecated(since = "9")
    public Short(String s) {
        this.value = parseShort(s, 10);
    }

    /** {@code s} in decimal. */
    public static String toString(short s) {
        return Integer.toString(s);
    }

    /**
     * Parses a signed {@code short} in {@code radix}.
     *
     * @throws NumberFormatException if {@code s} is not such a number or out of range
     */
    public static short parseShort(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (short) i;
    }

    /** Parses a signed decimal {@code short}. */
    public static short parseShort(String s) {
        return parseShort(s, 10);
    }

    /** The box of {@code parseShort(s, radix)}. */
    public static Short valueOf(String s, int radix) {
        return valueOf(parseShort(s, radix));
    }

    /** The box of {@code parseShort(s)}. */
    public static Short valueOf(String s) {
        return valueOf(parseShort(s, 10));
    }

    /** The box of {@code s}; the same object every time for -128 to 127. */
    public static Short valueOf(short s) {
        if (s >= -128 && s <= 127) {
            Short boxed = CACHE[s + 128];
            if (boxed == null) {
                boxed = new Short(s);
                CACHE[s + 128] = boxed;
            }
            return boxed;
        }
        return new Short(s);
    }

    /** Parses {@code nm} like {@link Integer#decode}, as a {@code short}. */
    public static Short decode(String nm) {
        int i = Integer.decode(nm);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((short) i);
    }

    /** The value narrowed to {@code byte}. */
    public byte byteValue() {
        return (byte) value;
    }

    /** The boxed value. */
    public short shortValue() {
        return value;
    }

    /** The value widened to {@code int}. */
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
        return Integer.toString(value);
    }

    /** The value widened to {@code int}. */
    public int hashCode() {
        return value;
    }

    /** {@code value} widened to {@code int}. */
    public static int hashCode(short value) {
        return value;
    }

    /** Whether {@code obj} is a {@code Short} boxing the same value. */
    public boolean equals(Object obj) {
        return obj instanceof Short && ((Short) obj).value == value;
    }

    /** Numeric comparison. */
    public int compareTo(Short anotherShort) {
        return compare(value, anotherShort.value);
    }

    /** {@code x - y}. */
    public static int compare(short x, short y) {
        return x - y;
    }

    /** Compares {@code x} and {@code y} as unsigned values. */
    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    /** {@code i} with its two bytes swapped. */
    public static short reverseBytes(short i) {
        return (short) ((i & 0xff) << 8 | (i & 0xff00) >> 8);
    }

    /** {@code x} as an unsigned value in an {@code int}. */
    public static int toUnsignedInt(short x) {
        return x & 0xffff;
    }

    /** {@code x} as an unsigned value in a {@code long}. */
    public static long toUnsignedLong(short x) {
        return x & 0xffffL;
    }

    /** The Class object of {@code short}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.short")
    private static native Class<Short> primitiveClass();
}
