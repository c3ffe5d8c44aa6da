package dev.kiln.runtime;

/**
 * The plain {@code get} and {@code set} of a {@code VarHandle} from {@code MethodHandles.byteArrayViewVarHandle}:
 * a {@code short}, {@code char}, {@code int}, {@code long}, {@code float} or {@code double} at any byte index of a
 * byte array, in either byte order. The frontend lowers each such access, on a handle a static initializer stores
 * in a static final field, to a call here (docs/CLASS-LIBRARY.md, "VarHandles and Unsafe"); the JDK reads its
 * digests' blocks this way ({@code sun.security.provider.ByteArrayAccess}, {@code MD5}, JDK 25's {@code SHA3}).
 *
 * <p>The checks are the view's on the JVM: a null array is the NullPointerException of reading its length (the
 * parameter is named {@code ba}, as the JDK's implementation names it), and an index outside
 * {@code [0, length - size]} an ArrayIndexOutOfBoundsException reporting {@code length - size + 1} as the length.
 * A {@code float} or {@code double} is stored with its raw bits.
 */
public final class ByteArrayViews {
    private ByteArrayViews() {
    }

    private static int index(byte[] ba, int index, int size) {
        int limit = ba.length - (size - 1);
        if (index < 0 || index >= limit) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + limit);
        }
        return index;
    }

    /** The {@code size} bytes at {@code i}, most significant first if {@code bigEndian}, as the low bits of a long. */
    private static long read(byte[] ba, int i, int size, boolean bigEndian) {
        long v = 0;
        if (bigEndian) {
            for (int k = 0; k < size; k++) {
                v = (v << 8) | (ba[i + k] & 0xff);
            }
        } else {
            for (int k = size - 1; k >= 0; k--) {
                v = (v << 8) | (ba[i + k] & 0xff);
            }
        }
        return v;
    }

    private static void write(byte[] ba, int i, int size, long v, boolean bigEndian) {
        if (bigEndian) {
            for (int k = size - 1; k >= 0; k--) {
                ba[i + k] = (byte) v;
                v >>>= 8;
            }
        } else {
            for (int k = 0; k < size; k++) {
                ba[i + k] = (byte) v;
                v >>>= 8;
            }
        }
    }

    public static short getShort(byte[] ba, int index, boolean bigEndian) {
        return (short) read(ba, index(ba, index, 2), 2, bigEndian);
    }

    public static char getChar(byte[] ba, int index, boolean bigEndian) {
        return (char) read(ba, index(ba, index, 2), 2, bigEndian);
    }

    public static int getInt(byte[] ba, int index, boolean bigEndian) {
        int i = index(ba, index, 4);
        if (bigEndian) {
            return (ba[i] << 24) | ((ba[i + 1] & 0xff) << 16) | ((ba[i + 2] & 0xff) << 8) | (ba[i + 3] & 0xff);
        }
        return (ba[i] & 0xff) | ((ba[i + 1] & 0xff) << 8) | ((ba[i + 2] & 0xff) << 16) | (ba[i + 3] << 24);
    }

    public static long getLong(byte[] ba, int index, boolean bigEndian) {
        return read(ba, index(ba, index, 8), 8, bigEndian);
    }

    public static float getFloat(byte[] ba, int index, boolean bigEndian) {
        return Float.intBitsToFloat(getInt(ba, index, bigEndian));
    }

    public static double getDouble(byte[] ba, int index, boolean bigEndian) {
        return Double.longBitsToDouble(getLong(ba, index, bigEndian));
    }

    public static void setShort(byte[] ba, int index, short value, boolean bigEndian) {
        write(ba, index(ba, index, 2), 2, value, bigEndian);
    }

    public static void setChar(byte[] ba, int index, char value, boolean bigEndian) {
        write(ba, index(ba, index, 2), 2, value, bigEndian);
    }

    public static void setInt(byte[] ba, int index, int value, boolean bigEndian) {
        int i = index(ba, index, 4);
        if (bigEndian) {
            ba[i] = (byte) (value >>> 24);
            ba[i + 1] = (byte) (value >>> 16);
            ba[i + 2] = (byte) (value >>> 8);
            ba[i + 3] = (byte) value;
        } else {
            ba[i] = (byte) value;
            ba[i + 1] = (byte) (value >>> 8);
            ba[i + 2] = (byte) (value >>> 16);
            ba[i + 3] = (byte) (value >>> 24);
        }
    }

    public static void setLong(byte[] ba, int index, long value, boolean bigEndian) {
        write(ba, index(ba, index, 8), 8, value, bigEndian);
    }

    public static void setFloat(byte[] ba, int index, float value, boolean bigEndian) {
        setInt(ba, index, Float.floatToRawIntBits(value), bigEndian);
    }

    public static void setDouble(byte[] ba, int index, double value, boolean bigEndian) {
        setLong(ba, index, Double.doubleToRawLongBits(value), bigEndian);
    }
}
