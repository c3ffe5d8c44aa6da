package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Substitute;

/**
 * JDK 21's little-endian reads and writes of values in byte arrays (behind {@code DataInputStream},
 * {@code DataOutputStream}, {@code RandomAccessFile}, {@code ObjectStreamClass} and {@code UUID}) go through
 * {@code MethodHandles.byteArrayViewVarHandle}, a view Kiln cannot make; the substitutes assemble the bytes
 * themselves, with the view's bounds check (an {@code ArrayIndexOutOfBoundsException} for an {@code offset}
 * beyond {@code array.length - size}, which the JDK's callers never pass). The initializer that made the views
 * does nothing.
 */
final class ByteArrayLittleEndian {
    private ByteArrayLittleEndian() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    @Substitute
    public static boolean getBoolean(byte[] array, int offset) {
        return array[offset] != 0;
    }

    @Substitute
    public static char getChar(byte[] array, int offset) {
        return (char) get(array, offset, 2);
    }

    @Substitute
    public static short getShort(byte[] array, int offset) {
        return (short) get(array, offset, 2);
    }

    @Substitute
    public static int getUnsignedShort(byte[] array, int offset) {
        return (int) get(array, offset, 2) & 0xFFFF;
    }

    @Substitute
    public static int getInt(byte[] array, int offset) {
        return (int) get(array, offset, 4);
    }

    @Substitute
    public static float getFloat(byte[] array, int offset) {
        return Float.intBitsToFloat((int) get(array, offset, 4));
    }

    @Substitute
    public static float getFloatRaw(byte[] array, int offset) {
        return Float.intBitsToFloat((int) get(array, offset, 4));
    }

    @Substitute
    public static long getLong(byte[] array, int offset) {
        return get(array, offset, 8);
    }

    @Substitute
    public static double getDouble(byte[] array, int offset) {
        return Double.longBitsToDouble(get(array, offset, 8));
    }

    @Substitute
    public static double getDoubleRaw(byte[] array, int offset) {
        return Double.longBitsToDouble(get(array, offset, 8));
    }

    @Substitute
    public static void setBoolean(byte[] array, int offset, boolean value) {
        array[offset] = (byte) (value ? 1 : 0);
    }

    @Substitute
    public static void setChar(byte[] array, int offset, char value) {
        set(array, offset, 2, value);
    }

    @Substitute
    public static void setShort(byte[] array, int offset, short value) {
        set(array, offset, 2, value);
    }

    @Substitute
    public static void setUnsignedShort(byte[] array, int offset, int value) {
        set(array, offset, 2, (char) value);
    }

    @Substitute
    public static void setInt(byte[] array, int offset, int value) {
        set(array, offset, 4, value);
    }

    @Substitute
    public static void setFloat(byte[] array, int offset, float value) {
        set(array, offset, 4, Float.floatToIntBits(value));
    }

    @Substitute
    public static void setFloatRaw(byte[] array, int offset, float value) {
        set(array, offset, 4, Float.floatToRawIntBits(value));
    }

    @Substitute
    public static void setLong(byte[] array, int offset, long value) {
        set(array, offset, 8, value);
    }

    @Substitute
    public static void setDouble(byte[] array, int offset, double value) {
        set(array, offset, 8, Double.doubleToLongBits(value));
    }

    @Substitute
    public static void setDoubleRaw(byte[] array, int offset, double value) {
        set(array, offset, 8, Double.doubleToRawLongBits(value));
    }

    /** The little-endian value of the {@code size} bytes at {@code offset}. */
    private static long get(byte[] array, int offset, int size) {
        checkIndex(array, offset, size);
        long v = 0;
        for (int i = 0; i < size; i++) {
            v |= (array[offset + i] & 0xFFL) << (i << 3);
        }
        return v;
    }

    /** Stores the low {@code size} bytes of {@code value} little-endian at {@code offset}. */
    private static void set(byte[] array, int offset, int size, long value) {
        checkIndex(array, offset, size);
        for (int i = 0; i < size; i++) {
            array[offset + i] = (byte) (value >> (i << 3));
        }
    }

    private static void checkIndex(byte[] array, int offset, int size) {
        int length = array.length - size + 1;
        if (offset < 0 || offset >= length) {
            throw new ArrayIndexOutOfBoundsException("Index " + offset + " out of bounds for length " + length);
        }
    }
}
