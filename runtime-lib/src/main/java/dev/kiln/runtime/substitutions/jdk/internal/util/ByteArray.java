package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Substitute;

/**
 * Big-endian reads and writes of primitives in byte arrays (behind {@code DataInputStream},
 * {@code DataOutputStream}, {@code ObjectStreamClass} and more in newer JDKs), byte by byte: the JDK goes through
 * {@code MethodHandles.byteArrayViewVarHandle}, which Kiln does not lower. An index out of range throws
 * what the view's check throws, {@code ArrayIndexOutOfBoundsException} for an index beyond
 * {@code length - size}. {@code setFloat}/{@code setDouble} collapse NaNs
 * ({@code floatToIntBits}), the {@code Raw} forms keep the bits.
 */
final class ByteArray {
    private ByteArray() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        // The VarHandle fields stay null: nothing reads them.
    }

    private static void kilnCheck(byte[] array, int offset, int size) {
        int limit = array.length - size + 1;
        if (offset < 0 || offset >= limit) {
            throw new ArrayIndexOutOfBoundsException("Index " + offset + " out of bounds for length " + limit);
        }
    }

    @Substitute
    public static boolean getBoolean(byte[] array, int offset) {
        return array[offset] != 0;
    }

    @Substitute
    public static char getChar(byte[] array, int offset) {
        return (char) getShort(array, offset);
    }

    @Substitute
    public static short getShort(byte[] array, int offset) {
        kilnCheck(array, offset, 2);
        return (short) ((array[offset] << 8) | (array[offset + 1] & 0xff));
    }

    @Substitute
    public static int getUnsignedShort(byte[] array, int offset) {
        return getShort(array, offset) & 0xffff;
    }

    @Substitute
    public static int getInt(byte[] array, int offset) {
        kilnCheck(array, offset, 4);
        return (array[offset] << 24) | ((array[offset + 1] & 0xff) << 16) | ((array[offset + 2] & 0xff) << 8)
                | (array[offset + 3] & 0xff);
    }

    @Substitute
    public static float getFloat(byte[] array, int offset) {
        return Float.intBitsToFloat(getInt(array, offset));
    }

    @Substitute
    public static float getFloatRaw(byte[] array, int offset) {
        return Float.intBitsToFloat(getInt(array, offset));
    }

    @Substitute
    public static long getLong(byte[] array, int offset) {
        kilnCheck(array, offset, 8);
        return ((long) getInt(array, offset) << 32) | (getInt(array, offset + 4) & 0xffffffffL);
    }

    @Substitute
    public static double getDouble(byte[] array, int offset) {
        return Double.longBitsToDouble(getLong(array, offset));
    }

    @Substitute
    public static double getDoubleRaw(byte[] array, int offset) {
        return Double.longBitsToDouble(getLong(array, offset));
    }

    @Substitute
    public static void setBoolean(byte[] array, int offset, boolean value) {
        array[offset] = (byte) (value ? 1 : 0);
    }

    @Substitute
    public static void setChar(byte[] array, int offset, char value) {
        setShort(array, offset, (short) value);
    }

    @Substitute
    public static void setShort(byte[] array, int offset, short value) {
        kilnCheck(array, offset, 2);
        array[offset] = (byte) (value >> 8);
        array[offset + 1] = (byte) value;
    }

    @Substitute
    public static void setUnsignedShort(byte[] array, int offset, int value) {
        setShort(array, offset, (short) (char) value);
    }

    @Substitute
    public static void setInt(byte[] array, int offset, int value) {
        kilnCheck(array, offset, 4);
        array[offset] = (byte) (value >> 24);
        array[offset + 1] = (byte) (value >> 16);
        array[offset + 2] = (byte) (value >> 8);
        array[offset + 3] = (byte) value;
    }

    @Substitute
    public static void setFloat(byte[] array, int offset, float value) {
        setInt(array, offset, Float.floatToIntBits(value));
    }

    @Substitute
    public static void setFloatRaw(byte[] array, int offset, float value) {
        setInt(array, offset, Float.floatToRawIntBits(value));
    }

    @Substitute
    public static void setLong(byte[] array, int offset, long value) {
        kilnCheck(array, offset, 8);
        setInt(array, offset, (int) (value >> 32));
        setInt(array, offset + 4, (int) value);
    }

    @Substitute
    public static void setDouble(byte[] array, int offset, double value) {
        setLong(array, offset, Double.doubleToLongBits(value));
    }

    @Substitute
    public static void setDoubleRaw(byte[] array, int offset, double value) {
        setLong(array, offset, Double.doubleToRawLongBits(value));
    }
}
