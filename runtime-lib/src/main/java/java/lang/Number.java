package java.lang;

/** The superclass of the boxed numeric types: conversions to each primitive numeric type. */
public abstract class Number implements java.io.Serializable {
    /** For subclasses. */
    public Number() {
    }

    /** The value as an {@code int}, possibly rounded or truncated. */
    public abstract int intValue();

    /** The value as a {@code long}, possibly rounded or truncated. */
    public abstract long longValue();

    /** The value as a {@code float}, possibly rounded. */
    public abstract float floatValue();

    /** The value as a {@code double}, possibly rounded. */
    public abstract double doubleValue();

    /** {@code (byte) intValue()}. */
    public byte byteValue() {
        return (byte) intValue();
    }

    /** {@code (short) intValue()}. */
    public short shortValue() {
        return (short) intValue();
    }
}
