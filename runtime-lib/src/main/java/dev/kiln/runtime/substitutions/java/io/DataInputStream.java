package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Substitute;
import java.io.DataInput;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * {@code readUTF} decodes the modified UTF-8 of {@code DataInput} (Java SE API) with the JDK's messages for
 * malformed input. Newer JDKs take an ASCII fast path through {@code JavaLangAccess}, which runtime-lib's
 * {@code System} does not register; the result is the same on every class library.
 */
class DataInputStream {
    private DataInputStream() {
    }

    @Substitute
    public static final String readUTF(DataInput in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] bytes = new byte[length];
        in.readFully(bytes, 0, length);
        char[] chars = new char[length];
        int count = 0;
        int n = 0;
        while (count < length) {
            int c = bytes[count] & 0xff;
            switch (c >> 4) {
                case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                    count++;
                    chars[n++] = (char) c;
                }
                case 12, 13 -> {
                    count += 2;
                    if (count > length) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 1];
                    if ((c2 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + count);
                    }
                    chars[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                }
                case 14 -> {
                    count += 3;
                    if (count > length) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 2];
                    int c3 = bytes[count - 1];
                    if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                }
                default -> throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }
}
