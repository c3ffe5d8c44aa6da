package java.lang;

import dev.kiln.runtime.DecimalParser;
import dev.kiln.runtime.HexFloat;
import dev.kiln.runtime.Intrinsic;
import dev.kiln.runtime.ShortestDecimal;

/**
 * The wrapper for {@code float}: shortest {@link #toString(float)} and correctly rounded
 * {@link #parseFloat}, as for {@link Double}.
 */
public final class Float extends Number implements Comparable<Float> {
    /** The {@code Class} object of the primitive type {@code float}: what {@code float.class} reads. */
    public static final Class<Float> TYPE = primitiveClass();

    /** Positive infinity. */
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    /** Negative infinity. */
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    /** A NaN (the canonical one, {@code 0x7fc00000}). */
    public static final float NaN = 0.0f / 0.0f;
    /** The largest finite float, (2-2<sup>-23</sup>)·2<sup>127</sup>. */
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    /** The smallest positive normal float, 2<sup>-126</sup>. */
    public static final float MIN_NORMAL = 0x1.0p-126f;
    /** The smallest positive float, 2<sup>-149</sup>. */
    public static final float MIN_VALUE = 0x0.000002P-126f;
    /** The largest exponent of a finite float. */
    public static final int MAX_EXPONENT = 127;
    /** The smallest exponent of a normal float. */
    public static final int MIN_EXPONENT = -126;
    /** The number of bits in a {@code float}. */
    public static final int SIZE = 32;
    /** The number of bytes in a {@code float}. */
    public static final int BYTES = 4;

    private final float value;

    /** Boxes {@code value}. */
    @Deprecated(since = "9")
    public Float(float value) {
        this.value = value;
    }

    /** Boxes {@code value} rounded to {@code float}. */
    @Deprecated(since = "9")
    public Float(double value) {
        this.value = (float) value;
    }

    /** Boxes {@code parseFloat(s)}. */
    @Deprecated(since = "9")
    public Float(String s) {
        this.value = parseFloat(s);
    }

    /** The shortest decimal that rounds to {@code f}: {@code 1.0}, {@code 0.1}, {@code 1.4E-45}. */
    public static String toString(float f) {
        return ShortestDecimal.toString(f);
    }

    /** The hexadecimal form, e.g. {@code 0x1.99999ap-4}. */
    public static String toHexString(float f) {
        return HexFloat.toHexString(f);
    }

    /** A new box of {@code parseFloat(s)}. */
    public static Float valueOf(String s) {
        return new Float(parseFloat(s));
    }

    /** A new box of {@code f}. */
    public static Float valueOf(float f) {
        return new Float(f);
    }

    /**
     * The float nearest to the value {@code s} denotes (rounded once, not via {@code double}).
     *
     * @throws NumberFormatException if {@code s} is not a floating-point value
     * @throws NullPointerException if {@code s} is null
     */
    public static float parseFloat(String s) {
        return DecimalParser.parseFloat(s);
    }

    /** Whether {@code v} is a NaN. */
    public static boolean isNaN(float v) {
        return v != v;
    }

    /** Whether {@code v} is an infinity. */
    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /** Whether {@code f} is neither NaN nor infinite. */
    public static boolean isFinite(float f) {
        return Math.abs(f) <= MAX_VALUE;
    }

    /** Whether the boxed value is a NaN. */
    public boolean isNaN() {
        return isNaN(value);
    }

    /** Whether the boxed value is an infinity. */
    public boolean isInfinite() {
        return isInfinite(value);
    }

    /** {@link #toString(float)} of the boxed value. */
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

    /** The boxed value. */
    public float floatValue() {
        return value;
    }

    /** The value widened to {@code double}. */
    public double doubleValue() {
        return value;
    }

    /** {@link #floatToIntBits} of the value. */
    public int hashCode() {
        return hashCode(value);
    }

    /** {@code floatToIntBits(value)}. */
    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    /** Whether {@code obj} is a {@code Float} with the same {@link #floatToIntBits}. */
    public boolean equals(Object obj) {
        return obj instanceof Float && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    /** The IEEE bits of {@code value}, with every NaN collapsed to {@code 0x7fc00000}. */
    public static int floatToIntBits(float value) {
        return value != value ? 0x7fc00000 : floatToRawIntBits(value);
    }

    /** The IEEE bits of {@code value}, NaN payloads included. */
    @Intrinsic("i32.reinterpret_f32")
    public static native int floatToRawIntBits(float value);

    /** The float with IEEE bits {@code bits}. */
    @Intrinsic("f32.reinterpret_i32")
    public static native float intBitsToFloat(int bits);

    /** The total order of {@link #compare}. */
    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    /** Numeric order, except that -0.0 sorts below 0.0 and NaN above everything, equal to itself. */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int b1 = floatToIntBits(f1);
        int b2 = floatToIntBits(f2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    /** {@code a + b}. */
    public static float sum(float a, float b) {
        return a + b;
    }

    /** {@link Math#max(float, float)}. */
    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    /** {@link Math#min(float, float)}. */
    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    /** The Class object of {@code float}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.float")
    private static native Class<Float> primitiveClass();
}
