package java.lang;

import dev.kiln.runtime.DecimalParser;
import dev.kiln.runtime.HexFloat;
import dev.kiln.runtime.Intrinsic;
import dev.kiln.runtime.ShortestDecimal;

/**
 * The wrapper for {@code double}. {@link #toString(double)} gives the shortest decimal that rounds to the
 * value, as specified from Java SE 19 on, and {@link #parseDouble} rounds correctly; both are pure Java
 * in {@code dev.kiln.runtime}.
 */
public final class Double extends Number implements Comparable<Double> {
    /** The {@code Class} object of the primitive type {@code double}: what {@code double.class} reads. */
    public static final Class<Double> TYPE = primitiveClass();

    /** Positive infinity. */
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    /** Negative infinity. */
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    /** A NaN (the canonical one, {@code 0x7ff8000000000000L}). */
    public static final double NaN = 0.0d / 0.0;
    /** The largest finite double, (2-2<sup>-52</sup>)·2<sup>1023</sup>. */
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    /** The smallest positive normal double, 2<sup>-1022</sup>. */
    public static final double MIN_NORMAL = 0x1.0p-1022;
    /** The smallest positive double, 2<sup>-1074</sup>. */
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    /** The largest exponent of a finite double. */
    public static final int MAX_EXPONENT = 1023;
    /** The smallest exponent of a normal double. */
    public static final int MIN_EXPONENT = -1022;
    /** The number of bits in a {@code double}. */
    public static final int SIZE = 64;
    /** The number of bytes in a {@code double}. */
    public static final int BYTES = 8;

    private final double value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    /** Boxes {@code parseDouble(s)}. */
    @Deprecated(since = "9")
    public Double(String s) {
        this.value = parseDouble(s);
    }

    /** The shortest decimal that rounds to {@code d}: {@code 1.0}, {@code 0.1}, {@code 1.0E-5}, {@code NaN}. */
    public static String toString(double d) {
        return ShortestDecimal.toString(d);
    }

    /** The hexadecimal form, e.g. {@code 0x1.8p1}. */
    public static String toHexString(double d) {
        return HexFloat.toHexString(d);
    }

    /** A new box of {@code parseDouble(s)}. */
    public static Double valueOf(String s) {
        return new Double(parseDouble(s));
    }

    /** A new box of {@code d}. */
    public static Double valueOf(double d) {
        return new Double(d);
    }

    /**
     * The double nearest to the value {@code s} denotes.
     *
     * @throws NumberFormatException if {@code s} is not a floating-point value
     * @throws NullPointerException if {@code s} is null
     */
    public static double parseDouble(String s) {
        return DecimalParser.parseDouble(s);
    }

    /** Whether {@code v} is a NaN. */
    public static boolean isNaN(double v) {
        return v != v;
    }

    /** Whether {@code v} is an infinity. */
    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /** Whether {@code d} is neither NaN nor infinite. */
    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    /** Whether the boxed value is a NaN. */
    public boolean isNaN() {
        return isNaN(value);
    }

    /** Whether the boxed value is an infinity. */
    public boolean isInfinite() {
        return isInfinite(value);
    }

    /** {@link #toString(double)} of the boxed value. */
    public String toString() {
        return toString(value);
    }

    /** The value narrowed to {@code byte}. */
    public byte byteValue() {
        return (byte) value;
    }

    /** The value narrowed to {@code short}. */
    public short shortValue() {
        return (short) value;
    }

    /** The value converted to {@code int} (saturating, NaN to 0). */
    public int intValue() {
        return (int) value;
    }

    /** The value converted to {@code long} (saturating, NaN to 0). */
    public long longValue() {
        return (long) value;
    }

    /** The value rounded to {@code float}. */
    public float floatValue() {
        return (float) value;
    }

    /** The boxed value. */
    public double doubleValue() {
        return value;
    }

    /** The two halves of {@link #doubleToLongBits} XORed. */
    public int hashCode() {
        return hashCode(value);
    }

    /** The two halves of {@code doubleToLongBits(value)} XORed. */
    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    /** Whether {@code obj} is a {@code Double} with the same {@link #doubleToLongBits}: NaN equals NaN, 0.0 not -0.0. */
    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    /** The IEEE bits of {@code value}, with every NaN collapsed to {@code 0x7ff8000000000000L}. */
    public static long doubleToLongBits(double value) {
        return value != value ? 0x7ff8000000000000L : doubleToRawLongBits(value);
    }

    /** The IEEE bits of {@code value}, NaN payloads included. */
    @Intrinsic("i64.reinterpret_f64")
    public static native long doubleToRawLongBits(double value);

    /** The double with IEEE bits {@code bits}. */
    @Intrinsic("f64.reinterpret_i64")
    public static native double longBitsToDouble(long bits);

    /** The total order of {@link #compare}. */
    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    /** Numeric order, except that -0.0 sorts below 0.0 and NaN above everything, equal to itself. */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long b1 = doubleToLongBits(d1);
        long b2 = doubleToLongBits(d2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    /** {@code a + b}. */
    public static double sum(double a, double b) {
        return a + b;
    }

    /** {@link Math#max(double, double)}. */
    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    /** {@link Math#min(double, double)}. */
    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    /** The Class object of {@code double}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.double")
    private static native Class<Double> primitiveClass();
}
