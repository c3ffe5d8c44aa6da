package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ArrayMemory against the JDK's little-endian byte view of the same data: every width at every offset of byte,
 * char, int and long arrays, stores that change only their bytes, and copies with and without byte swaps.
 */
class ArrayMemoryTest {
    private static final int BASE = ArrayLayout.BASE_OFFSET;

    private static ByteBuffer littleEndian(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void readsEveryWidthAtEveryOffset() {
        Random r = new Random(7);
        byte[] bytes = new byte[32];
        r.nextBytes(bytes);
        ByteBuffer view = littleEndian(bytes);
        char[] chars = new char[16];
        view.asCharBuffer().get(chars);
        long[] longs = new long[4];
        view.asLongBuffer().get(longs);
        int[] ints = new int[8];
        view.asIntBuffer().get(ints);
        for (Object array : new Object[] {bytes, chars, ints, longs}) {
            for (int size : new int[] {1, 2, 4, 8}) {
                for (int at = 0; at + size <= 32; at++) {
                    long expected = switch (size) {
                        case 1 -> bytes[at] & 0xFFL;
                        case 2 -> view.getShort(at) & 0xFFFFL;
                        case 4 -> view.getInt(at) & 0xFFFFFFFFL;
                        default -> view.getLong(at);
                    };
                    long mask = size == 8 ? -1L : (1L << (size * 8)) - 1;
                    assertEquals(expected, ArrayMemory.get(array, BASE + at, size) & mask,
                            array.getClass().getSimpleName() + " size " + size + " at " + at);
                }
            }
        }
    }

    @Test
    void storesOnlyTheirBytes() {
        Random r = new Random(11);
        for (int size : new int[] {1, 2, 4, 8}) {
            for (int at = 0; at + size <= 16; at++) {
                byte[] expected = new byte[16];
                r.nextBytes(expected);
                int[] ints = new int[4];
                littleEndian(expected.clone()).asIntBuffer().get(ints);
                long value = r.nextLong();
                for (int i = 0; i < size; i++) expected[at + i] = (byte) (value >> (8 * i));
                ArrayMemory.put(ints, BASE + at, size, value);
                byte[] actual = new byte[16];
                littleEndian(actual).asIntBuffer().put(ints);
                assertArrayEquals(expected, actual, "size " + size + " at " + at);
            }
        }
    }

    @Test
    void copiesAndSwaps() {
        byte[] src = {1, 2, 3, 4, 5, 6, 7, 8};
        char[] dest = new char[4];
        ArrayMemory.copy(src, BASE, dest, BASE, 8);
        assertArrayEquals(new char[] {0x0201, 0x0403, 0x0605, 0x0807}, dest);
        byte[] swapped = new byte[8];
        ArrayMemory.copySwap(src, BASE, swapped, BASE, 8, 4);
        assertArrayEquals(new byte[] {4, 3, 2, 1, 8, 7, 6, 5}, swapped);
        byte[] overlap = {1, 2, 3, 4, 5};
        ArrayMemory.copy(overlap, BASE, overlap, BASE + 1, 4);
        assertArrayEquals(new byte[] {1, 1, 2, 3, 4}, overlap);
        ArrayMemory.fill(overlap, BASE + 1, 3, (byte) 9);
        assertArrayEquals(new byte[] {1, 9, 9, 9, 4}, overlap);
    }

    @Test
    void hasNoNativeMemory() {
        assertThrows(InternalError.class, () -> ArrayMemory.getByte(null, 1024));
        assertThrows(InternalError.class, () -> ArrayMemory.getByte(new Object[1], BASE));
    }
}
