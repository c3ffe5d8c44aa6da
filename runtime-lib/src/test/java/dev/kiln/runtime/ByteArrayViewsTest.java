package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * ByteArrayViews against the JDK's own byte array views: every type in both byte orders at every index of an
 * array (in bounds and around them), reads and writes, NaN bits kept, and the exceptions with their messages.
 */
class ByteArrayViewsTest {
    private static VarHandle view(Class<?> arrayClass, boolean bigEndian) {
        return MethodHandles.byteArrayViewVarHandle(arrayClass, bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /** The value or the exception's class and message, for comparing outcomes. */
    private static String outcome(Supplier<Object> s) {
        try {
            Object v = s.get();
            if (v instanceof Float f) return "float " + Integer.toHexString(Float.floatToRawIntBits(f));
            if (v instanceof Double d) return "double " + Long.toHexString(Double.doubleToRawLongBits(d));
            return String.valueOf(v);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void readsAsTheJdksViews() {
        byte[] b = new byte[19];
        new Random(11).nextBytes(b);
        b[3] = (byte) 0x7f;
        b[4] = (byte) 0xc1;
        for (boolean big : new boolean[] {false, true}) {
            VarHandle s = view(short[].class, big);
            VarHandle c = view(char[].class, big);
            VarHandle i = view(int[].class, big);
            VarHandle l = view(long[].class, big);
            VarHandle f = view(float[].class, big);
            VarHandle d = view(double[].class, big);
            for (int at = -2; at <= b.length + 1; at++) {
                int k = at;
                assertEquals(outcome(() -> (short) s.get(b, k)), outcome(() -> ByteArrayViews.getShort(b, k, big)), "short " + k);
                assertEquals(outcome(() -> (char) c.get(b, k)), outcome(() -> ByteArrayViews.getChar(b, k, big)), "char " + k);
                assertEquals(outcome(() -> (int) i.get(b, k)), outcome(() -> ByteArrayViews.getInt(b, k, big)), "int " + k);
                assertEquals(outcome(() -> (long) l.get(b, k)), outcome(() -> ByteArrayViews.getLong(b, k, big)), "long " + k);
                assertEquals(outcome(() -> (float) f.get(b, k)), outcome(() -> ByteArrayViews.getFloat(b, k, big)), "float " + k);
                assertEquals(outcome(() -> (double) d.get(b, k)), outcome(() -> ByteArrayViews.getDouble(b, k, big)), "double " + k);
            }
        }
    }

    @Test
    void writesAsTheJdksViews() {
        float nan = Float.intBitsToFloat(0x7fa01234);
        double dnan = Double.longBitsToDouble(0xfff0000000000abcL);
        for (boolean big : new boolean[] {false, true}) {
            for (int at = -1; at <= 17; at++) {
                int k = at;
                byte[] expected = new byte[17];
                byte[] actual = new byte[17];
                assertEquals(outcome(() -> {
                    view(short[].class, big).set(expected, k, (short) 0x8182);
                    return null;
                }), outcome(() -> {
                    ByteArrayViews.setShort(actual, k, (short) 0x8182, big);
                    return null;
                }));
                assertEquals(outcome(() -> {
                    view(char[].class, big).set(expected, k, '\u20ac');
                    return null;
                }), outcome(() -> {
                    ByteArrayViews.setChar(actual, k, '\u20ac', big);
                    return null;
                }));
                assertEquals(outcome(() -> {
                    view(int[].class, big).set(expected, k, 0x91a2b3c4);
                    return null;
                }), outcome(() -> {
                    ByteArrayViews.setInt(actual, k, 0x91a2b3c4, big);
                    return null;
                }));
                assertEquals(outcome(() -> {
                    view(long[].class, big).set(expected, k, 0x0102030405060708L);
                    return null;
                }), outcome(() -> {
                    ByteArrayViews.setLong(actual, k, 0x0102030405060708L, big);
                    return null;
                }));
                assertEquals(outcome(() -> {
                    view(float[].class, big).set(expected, k, nan);
                    return null;
                }), outcome(() -> {
                    ByteArrayViews.setFloat(actual, k, nan, big);
                    return null;
                }));
                assertEquals(outcome(() -> {
                    view(double[].class, big).set(expected, k, dnan);
                    return null;
                }), outcome(() -> {
                    ByteArrayViews.setDouble(actual, k, dnan, big);
                    return null;
                }));
                assertArrayEquals(expected, actual, "at " + k + (big ? " big-endian" : " little-endian"));
            }
        }
    }

    @Test
    void aNullArrayFailsReadingItsLength() {
        assertEquals(outcome(() -> (int) view(int[].class, false).get((byte[]) null, 0)),
                outcome(() -> ByteArrayViews.getInt(null, 0, false)));
        assertEquals(outcome(() -> {
            view(long[].class, true).set((byte[]) null, 0, 1L);
            return null;
        }), outcome(() -> {
            ByteArrayViews.setLong(null, 0, 1L, true);
            return null;
        }));
    }
}
