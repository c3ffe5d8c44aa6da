package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * {@code writeUTF} in modified UTF-8 without {@code JavaLangAccess} (JDK 25 counts the ASCII prefix through it,
 * and Kiln's {@code System} registers none): a two-byte length, then each char in one byte (U+0001 to U+007F),
 * two (U+0000, U+0080 to U+07FF) or three, written with one {@code write(byte[], int, int)} as the JDK does.
 */
final class DataOutputStream {
    private DataOutputStream() {
    }

    @Substitute
    static int writeUTF(String str, DataOutput out) throws IOException {
        int strlen = str.length();
        long utflen = 0;
        for (int i = 0; i < strlen; i++) {
            char c = str.charAt(i);
            utflen += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        if (utflen > 65535) {
            throw new UTFDataFormatException(tooLongMsg(str, (int) utflen));
        }
        byte[] bytes = new byte[(int) utflen + 2];
        bytes[0] = (byte) (utflen >>> 8);
        bytes[1] = (byte) utflen;
        int n = 2;
        for (int i = 0; i < strlen; i++) {
            char c = str.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                bytes[n++] = (byte) c;
            } else if (c <= 0x07FF) {
                bytes[n++] = (byte) (0xC0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[n++] = (byte) (0xE0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out.write(bytes, 0, n);
        return n;
    }

    @Alias
    private static native String tooLongMsg(String s, int bits32);
}
