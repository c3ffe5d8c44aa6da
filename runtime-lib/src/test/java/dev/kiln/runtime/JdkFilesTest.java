package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code JdkFiles.unpack} reads the packing of {@code kiln.jdk_file:} bodies (docs/RUNTIME-CONTRACT.md). */
class JdkFilesTest {
    @Test
    void unpackReversesThePacking() {
        Random random = new Random(4);
        for (int length : new int[] {0, 1, 2, 3, 4, 101_803, 102_820, 70_000}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            char[] chars = new char[2 + (length + 1) / 2];
            chars[0] = (char) (length >>> 16);
            chars[1] = (char) length;
            for (int i = 0; i < length; i++) chars[2 + i / 2] |= (char) ((bytes[i] & 0xff) << (i % 2 * 8));
            assertArrayEquals(bytes, JdkFiles.unpack(new String(chars)), "length " + length);
        }
    }
}
