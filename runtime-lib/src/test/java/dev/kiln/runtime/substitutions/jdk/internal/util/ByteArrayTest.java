package dev.kiln.runtime.substitutions.jdk.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The substitute's big-endian accessors against a big-endian ByteBuffer (what the JDK's VarHandle views do). */
class ByteArrayTest {
    @Test
    void readsAndWritesAsABigEndianBuffer() {
        Random r = new Random(25);
        byte[] a = new byte[32];
        for (int round = 0; round < 2000; round++) {
            r.nextBytes(a);
            ByteBuffer b = ByteBuffer.wrap(a);
            int at = r.nextInt(25);
            assertEquals(b.getShort(at), ByteArray.getShort(a, at));
            assertEquals(b.getChar(at), ByteArray.getChar(a, at));
            assertEquals(b.getShort(at) & 0xffff, ByteArray.getUnsignedShort(a, at));
            assertEquals(b.getInt(at), ByteArray.getInt(a, at));
            assertEquals(b.getLong(at), ByteArray.getLong(a, at));
            assertEquals(Float.floatToRawIntBits(b.getFloat(at)), Float.floatToRawIntBits(ByteArray.getFloatRaw(a, at)));
            assertEquals(Double.doubleToRawLongBits(b.getDouble(at)), Double.doubleToRawLongBits(ByteArray.getDoubleRaw(a, at)));
            long v = r.nextLong();
            byte[] expected = new byte[32];
            ByteBuffer.wrap(expected).putLong(at, v);
            byte[] actual = new byte[32];
            ByteArray.setLong(actual, at, v);
            assertEquals(ByteBuffer.wrap(expected), ByteBuffer.wrap(actual));
            ByteBuffer.wrap(expected).putInt(at, (int) v);
            ByteArray.setInt(actual, at, (int) v);
            ByteBuffer.wrap(expected).putShort(at, (short) v);
            ByteArray.setShort(actual, at, (short) v);
            assertEquals(ByteBuffer.wrap(expected), ByteBuffer.wrap(actual));
        }
        byte[] nan = new byte[4];
        ByteArray.setFloat(nan, 0, Float.intBitsToFloat(0x7fc00001));
        assertEquals(0x7fc00000, ByteArray.getInt(nan, 0));
        ByteArray.setFloatRaw(nan, 0, Float.intBitsToFloat(0x7fc00001));
        assertEquals(0x7fc00001, ByteArray.getInt(nan, 0));
        ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () -> ByteArray.getInt(new byte[5], 2));
        assertEquals("Index 2 out of bounds for length 2", e.getMessage());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> ByteArray.getLong(new byte[8], -1));
    }
}
