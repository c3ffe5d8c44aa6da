package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Substitute;
import java.io.DataInput;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * {@code readUTF} in modified UTF-8 without {@code JavaLangAccess} (JDK 25 inflates the ASCII prefix through it,
 * and Kiln's {@code System} registers none), with the JDK's {@code UTFDataFormatException} messages: a sequence cut
 * off by the end is a {@code partial character at end}; a byte that cannot start a sequence, or a continuation byte
 * that is not {@code 10xxxxxx}, is {@code malformed input around byte} and the position the JDK names.
 */
final class DataInputStream {
    private DataInputStream() {
    }

    @Substitute
    public static final String readUTF(DataInput in) throws IOException {
        int utflen = in.readUnsignedShort();
        byte[] bytes = new byte[utflen];
        char[] chars = new char[utflen];
        in.readFully(bytes, 0, utflen);
        int count = 0;
        int n = 0;
        while (count < utflen) {
            int c = bytes[count] & 0xFF;
            switch (c >> 4) {
                case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                    count++;
                    chars[n++] = (char) c;
                }
                case 12, 13 -> {
                    count += 2;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 1];
                    if ((c2 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + count);
                    }
                    chars[n++] = (char) ((c & 0x1F) << 6 | c2 & 0x3F);
                }
                case 14 -> {
                    count += 3;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 2];
                    int c3 = bytes[count - 1];
                    if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) ((c & 0x0F) << 12 | (c2 & 0x3F) << 6 | c3 & 0x3F);
                }
                default -> throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }
}
