package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks {@link Utf8} against the JDK's UTF-8 charset, malformed input and unpaired surrogates included. */
class Utf8Test {
    @Test
    void decodesLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(21);
        byte[] interesting = {0x00, 0x41, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2,
            (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF,
            (byte) 0x9F, (byte) 0xA0, (byte) 0x8F, (byte) 0x90};
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[random.nextInt(0, 12)];
            for (int j = 0; j < b.length; j++) {
                b[j] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt();
            }
            assertEquals(new String(b, StandardCharsets.UTF_8), new String(Utf8.decode(b, 0, b.length)));
        }
    }

    @Test
    void decodesARangeOfAnArray() {
        byte[] b = "xx\u00e9\ud83d\ude00yy".getBytes(StandardCharsets.UTF_8);
        assertEquals("\u00e9\ud83d\ude00", new String(Utf8.decode(b, 2, b.length - 4)));
    }

    @Test
    void encodesLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(22);
        char[] interesting = {'a', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ud800', '\udbff', '\udc00',
            '\udfff', '\ue000', '\uffff'};
        for (int i = 0; i < 200_000; i++) {
            char[] c = new char[random.nextInt(0, 10)];
            for (int j = 0; j < c.length; j++) {
                c[j] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (char) random.nextInt();
            }
            byte[] expected = new String(c).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, Utf8.encode(c, 0, c.length));
            assertEquals(expected.length, Utf8.encodedLength(c, 0, c.length));
        }
    }

    /**
     * {@link Utf8#malformedLength} against the length in the JDK's {@code MalformedInputException} from
     * {@code Files.readString}, the public way to the JDK's decoding without replacement, for every sequence of one
     * to four bytes from a set of boundary values (each with an ASCII byte before and after, so the sequence also
     * sits inside a longer input).
     */
    @Test
    void reportsMalformedLengthsLikeTheJdk(@TempDir Path dir) throws IOException {
        int[] alphabet = {0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE,
            0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
        Path file = dir.resolve("bytes");
        for (int len = 1; len <= 4; len++) {
            int[] digits = new int[len];
            do {
                if (len == 4 && alphabet[digits[0]] < 0xF0) {
                    continue;
                }
                for (int pad = 0; pad < 2; pad++) {
                    byte[] b = new byte[len + 2 * pad];
                    for (int i = 0; i < len; i++) {
                        b[pad + i] = (byte) alphabet[digits[i]];
                    }
                    if (pad == 1) {
                        b[0] = 'x';
                        b[b.length - 1] = 'y';
                    }
                    Files.write(file, b);
                    int expected = 0;
                    try {
                        Files.readString(file);
                    } catch (MalformedInputException e) {
                        expected = e.getInputLength();
                    }
                    assertEquals(expected, Utf8.malformedLength(b, 0, b.length), () -> java.util.Arrays.toString(b));
                }
            } while (next(digits, alphabet.length));
        }
    }

    private static boolean next(int[] digits, int base) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (++digits[i] < base) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }
}
