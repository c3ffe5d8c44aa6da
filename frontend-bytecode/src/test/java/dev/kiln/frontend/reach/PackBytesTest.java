package dev.kiln.frontend.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The string a {@code kiln.jdk_file:} body returns: its UTF-16LE form is the length, then the file's bytes in order. */
class PackBytesTest {
    @Test
    void utf16LittleEndianOfTheStringIsTheLengthThenTheBytes() {
        for (int length : new int[] {0, 1, 2, 3, 255, 256, 65_537, 131_072}) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) bytes[i] = (byte) (i * 31 + 7);
            String packed = GeneratedBodies.packBytes(bytes);
            assertEquals(2 + (length + 1) / 2, packed.length());
            assertEquals(length, packed.charAt(0) << 16 | packed.charAt(1));
            // Each char as the backend stores a literal's chars: UTF-16LE code units, unpaired surrogates too.
            byte[] data = new byte[2 * (packed.length() - 2)];
            for (int i = 2; i < packed.length(); i++) {
                data[2 * (i - 2)] = (byte) packed.charAt(i);
                data[2 * (i - 2) + 1] = (byte) (packed.charAt(i) >> 8);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.write(bytes, 0, length);
            if (length % 2 == 1) expected.write(0);
            assertEquals(java.util.HexFormat.of().formatHex(expected.toByteArray()), java.util.HexFormat.of().formatHex(data), "length " + length);
        }
    }
}
