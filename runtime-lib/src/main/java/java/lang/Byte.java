package java.lang;

import dev.kiln.runtime.Intrinsic;

/** The wrapper for {@code byte}. */
public final class Byte extends Number implements Comparable<Byte> {
    /** The {@code Class} object of the primitive type {@code byte}: what {@code byte.class} reads. */
    public static final Class<Byte> TYPE = primitiveClass();

    /** The smallest {@code byte}, -2<sup>7</sup>. */
    public static final byte MIN_VALUE = -128;
    /** The largest {@code byte}, 2<sup>7</sup>-1. */
    public static final byte MAX_VALUE = 127;
    /** The number of bits in a {@code byte}. */
    public static final int SIZE = 8;
    /** The number of bytes in a {@code byte}. */
    public static final int BYTES = 1;

    /** Boxes of every byte value, created on first use: boxing must yield identical objects (JLS 5.1.7). */
    private static final Byte[] CACHE = new Byte[256];

    private final byte value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Byte(byte value) {
        this.value = value;
    }

    /** Boxes the decimal value of {@code s}. */
    @Deprecated(since = "9")
    public Byte(String s) {
        this.value = parseByte(s, 10);
    }

    /** {@code b} in decimal. */
    public static String toString(byte b) {
        return Integer.toString(b);
    }

    /** The box of {@code b}; the same object every time. */
    public static Byte valueOf(byte b) {
        Byte boxed = CACHE[b + 128];
        if (boxed == null) {
            boxed = new Byte(b);
            CACHE[b + 128] = boxed;
        }
        return boxed;
    }

    /**
     * Parses a signed {@code byte} in {@code radix}.
     *
     * @throws NumberFormatException if {@code s} is not such a number or out of range
     */
    public static byte parseByte(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) i;
    }

    /** Parses a signed decimal {@code byte}. */
    public static byte parseByte(String s) {
        return parseByte(s, 10);
    }

    /** The box of {@code parseByte(s, radix)}. */
    public static Byte valueOf(String s, int radix) {
        return valueOf(parseByte(s, radix));
    }

    /** The box of {@code parseByte(s)}. */
    public static Byte valueOf(String s) {
        return valueOf(parseByte(s, 10));
    }

    /** Parses {@code nm} like {@link Integer#decode}, as a {@code byte}. */
    public static Byte decode(String nm) {
        int i = Integer.decode(nm);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((byte) i);
    }

    /** The boxed value. */
    public byte byteValue() {
        return value;
    }

    /** The value widened to {@code short}. */
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
    public static int hashCode(byte value) {
        return value;
    }

    /** Whether {@code obj} is a {@code Byte} boxing the same value. */
    public boolean equals(Object obj) {
        return obj instanceof Byte && ((Byte) obj).value == value;
    }

    /** Numeric comparison. */
    public int compareTo(Byte anotherByte) {
        return compare(value, anotherByte.value);
    }

    /** {@code x - y}. */
    public static int compare(byte x, byte y) {
        return x - y;
    }

    /** Compares {@code x} and {@code y} as unsigned values. */
    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    /** {@code x} as an unsigned value in an {@code int}. */
    public static int toUnsignedInt(byte x) {
        return x & 0xff;
    }

    /** {@code x} as an unsigned value in a {@code long}. */
    public static long toUnsignedLong(byte x) {
        return x & 0xffL;
    }

    /** The Class object of {@code byte}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.byte")
    private static native Class<Byte> primitiveClass();
}
