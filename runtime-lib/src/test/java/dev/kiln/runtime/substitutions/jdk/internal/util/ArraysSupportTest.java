package dev.kiln.runtime.substitutions.jdk.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.ArrayLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The substitute's vectorizedMismatch against its contract: the first element whose raw bits differ, or -1
 * (no element left for the caller's tail loop), for every primitive array type, with offsets into both
 * arrays, and for elements wider than the array's own (a long view of a byte[], little-endian).
 */
class ArraysSupportTest {
    private static final int BASE = ArrayLayout.BASE_OFFSET;

    @Test
    void sameTypeArrays() {
        Random r = new Random(42);
        for (int n = 0; n < 40; n++) {
            long[] a = new long[n + 3];
            for (int i = 0; i < a.length; i++) a[i] = r.nextLong();
            for (int at = -1; at < n; at++) {
                long[] b = a.clone();
                if (at >= 0) b[at + 2] ^= 1L << r.nextInt(64);
                long[] a1 = new long[n + 5];
                System.arraycopy(a, 0, a1, 2, a.length);
                // a1[2 + 2 + i] vs b[2 + i]
                assertEquals(at, ArraysSupport.vectorizedMismatch(a1, BASE + 4 * 8, b, BASE + 2 * 8, n, 3));
                int[] ia = ints(a1);
                int[] ib = ints(b);
                int expected = -1;
                for (int i = 0; i < 2 * n && expected < 0; i++) if (ia[8 + i] != ib[4 + i]) expected = i;
                assertEquals(at < 0 ? -1 : expected / 2, at);
                assertEquals(expected, ArraysSupport.vectorizedMismatch(ia, BASE + 8 * 4, ib, BASE + 4 * 4, 2 * n, 2));
            }
        }
    }

    @Test
    void everyElementType() {
        assertEquals(-1, ArraysSupport.vectorizedMismatch(new byte[0], BASE, new byte[0], BASE, 0, 0));
        assertEquals(2, ArraysSupport.vectorizedMismatch(new byte[] {1, 2, 3, 4}, BASE, new byte[] {1, 2, -3, 4}, BASE, 4, 0));
        assertEquals(-1, ArraysSupport.vectorizedMismatch(new byte[] {9, 1, 2}, BASE + 1, new byte[] {1, 2}, BASE, 2, 0));
        assertEquals(1, ArraysSupport.vectorizedMismatch(new boolean[] {true, false}, BASE, new boolean[] {true, true}, BASE, 2, 0));
        assertEquals(0, ArraysSupport.vectorizedMismatch(new char[] {'a', 'b'}, BASE + 2, new char[] {'a'}, BASE, 1, 1));
        assertEquals(-1, ArraysSupport.vectorizedMismatch(new short[] {5, -1}, BASE + 2, new short[] {-1}, BASE, 1, 1));
        assertEquals(3, ArraysSupport.vectorizedMismatch(new int[] {1, 2, 3, 4}, BASE, new int[] {1, 2, 3, 5}, BASE, 4, 2));
        // Floats and doubles by raw bits: -0.0 differs from 0.0, a NaN from another NaN's bits, equal NaN bits match.
        assertEquals(1, ArraysSupport.vectorizedMismatch(new float[] {1f, 0f}, BASE, new float[] {1f, -0f}, BASE, 2, 2));
        float otherNaN = Float.intBitsToFloat(0x7fc00001);
        assertEquals(0, ArraysSupport.vectorizedMismatch(new float[] {Float.NaN}, BASE, new float[] {otherNaN}, BASE, 1, 2));
        assertEquals(-1, ArraysSupport.vectorizedMismatch(new float[] {otherNaN}, BASE, new float[] {otherNaN}, BASE, 1, 2));
        assertEquals(2, ArraysSupport.vectorizedMismatch(new double[] {1, 2, 0.0}, BASE, new double[] {1, 2, -0.0}, BASE, 3, 3));
        assertEquals(-1, ArraysSupport.vectorizedMismatch(new double[] {Double.NaN}, BASE, new double[] {Double.NaN}, BASE, 1, 3));
    }

    @Test
    void widerElementsThanTheArrays() {
        Random r = new Random(7);
        byte[] bytes = new byte[64];
        r.nextBytes(bytes);
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long[] longs = new long[8];
        for (int i = 0; i < 8; i++) longs[i] = le.getLong(8 * i);
        assertEquals(-1, ArraysSupport.vectorizedMismatch(bytes, BASE, longs, BASE, 8, 3));
        assertEquals(-1, ArraysSupport.vectorizedMismatch(longs, BASE + 8, bytes, BASE + 8, 7, 3));
        for (int bit = 0; bit < 512; bit += 37) {
            long[] changed = longs.clone();
            changed[bit / 64] ^= 1L << (bit % 64);
            assertEquals(bit / 64, ArraysSupport.vectorizedMismatch(bytes, BASE, changed, BASE, 8, 3));
            // Compared as 2-byte units of the same arrays: the unit holding the changed bit.
            assertEquals(bit / 16, ArraysSupport.vectorizedMismatch(changed, BASE, bytes, BASE, 32, 1));
        }
    }

    @Test
    void noArray() {
        assertThrows(InternalError.class, () -> ArraysSupport.vectorizedMismatch(null, 0, new byte[1], BASE, 1, 0));
        assertThrows(InternalError.class, () -> ArraysSupport.vectorizedMismatch(new Object[1], BASE, new Object[1], BASE, 1, 2));
    }

    private static int[] ints(long[] a) {
        int[] out = new int[a.length * 2];
        for (int i = 0; i < a.length; i++) {
            out[2 * i] = (int) a[i];
            out[2 * i + 1] = (int) (a[i] >>> 32);
        }
        return out;
    }
}
