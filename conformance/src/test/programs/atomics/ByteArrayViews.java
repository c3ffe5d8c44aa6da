package atomics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * VarHandles viewing byte arrays as arrays of wider primitives (MethodHandles.byteArrayViewVarHandle) in static
 * final fields, as the JDK's digests use them: plain get and set of every viewable type in both byte orders and
 * the native one, at unaligned indexes, with invoke-exact behaviour or without; the exceptions of a null array
 * and an index out of bounds.
 */
public class ByteArrayViews {
    static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle CHAR_LE = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN).withInvokeExactBehavior();
    static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN).withInvokeExactBehavior();
    static final VarHandle FLOAT_BE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle INT_NATIVE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

    public static void main(String[] args) {
        byte[] b = new byte[24];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 17 + 0x80);
        }
        for (int i = 0; i <= 3; i++) {
            short s = (short) SHORT_BE.get(b, i);
            char c = (char) CHAR_LE.get(b, i);
            int le = (int) INT_LE.get(b, i);
            int be = (int) INT_BE.get(b, i);
            long lle = (long) LONG_LE.get(b, i);
            long lbe = (long) LONG_BE.get(b, i);
            float f = (float) FLOAT_BE.get(b, i);
            double d = (double) DOUBLE_LE.get(b, i);
            int n = (int) INT_NATIVE.get(b, i);
            System.out.println(i + ": " + s + " " + (int) c + " " + Integer.toHexString(le) + " " + Integer.toHexString(be) + " "
                    + Long.toHexString(lle) + " " + Long.toHexString(lbe) + " " + f + " " + d + " native=le " + (n == le));
        }

        byte[] w = new byte[20];
        SHORT_BE.set(w, 1, (short) -2);
        CHAR_LE.set(w, 3, '\u20ac');
        INT_LE.set(w, 5, 0x11223344);
        INT_BE.set(w, 9, 0xa1b2c3d4);
        System.out.println(Arrays.toString(w));
        LONG_LE.set(w, 0, 0x0102030405060708L);
        LONG_BE.set(w, 11, -0x0102030405060708L);
        System.out.println(Arrays.toString(w));
        FLOAT_BE.set(w, 2, Float.intBitsToFloat(0x7fc01234));
        DOUBLE_LE.set(w, 7, -0.0);
        System.out.println(Arrays.toString(w) + " " + Integer.toHexString(Float.floatToRawIntBits((float) FLOAT_BE.get(w, 2))));
        INT_NATIVE.set(w, 16, 0x01020304);
        System.out.println(Arrays.toString(w));

        attempt(() -> System.out.println((int) INT_LE.get(b, 21)));
        attempt(() -> System.out.println((int) INT_BE.get(b, -1)));
        attempt(() -> System.out.println((long) LONG_BE.get(b, 17)));
        attempt(() -> System.out.println((short) SHORT_BE.get(b, 23)));
        attempt(() -> INT_LE.set(b, 24, 0));
        attempt(() -> LONG_LE.set(new byte[7], 0, 1L));
        attempt(() -> System.out.println((int) INT_LE.get((byte[]) null, 0)));
        attempt(() -> DOUBLE_LE.set((byte[]) null, 0, 1.0));
        System.out.println((int) INT_BE.get(b, 20));
    }

    static void attempt(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }
}
