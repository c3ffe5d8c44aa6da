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
     * {@code Files.readString}, the public way to the JDK's decoding without replacement (a file per input, so the
     * inputs are chosen): every sequence of one to three bytes from a set of boundary values, and every four-byte
     * sequence of a lead byte from {@code F0} up and three boundary bytes, each alone and between two ASCII bytes.
     */
    @Test
    void reportsMalformedLengthsLikeTheJdk(@TempDir Path dir) throws IOException {
        int[] bytes = {0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xFF};
        int[] leads = {0xF0, 0xF1, 0xF4, 0xF5, 0xF7, 0xF8};
        int[] tails = {0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0};
        Path file = dir.resolve("bytes");
        for (int len = 1; len <= 3; len++) {
            int[] digits = new int[len];
            do {
                byte[] b = new byte[len];
                for (int i = 0; i < len; i++) {
                    b[i] = (byte) bytes[digits[i]];
                }
                check(file, b);
            } while (next(digits, bytes.length));
        }
        for (int lead : leads) {
            int[] digits = new int[3];
            do {
                check(file, new byte[] {(byte) lead, (byte) tails[digits[0]], (byte) tails[digits[1]], (byte) tails[digits[2]]});
            } while (next(digits, tails.length));
        }
    }

    /** Checks {@code b} alone and between two ASCII bytes. */
    private static void check(Path file, byte[] b) throws IOException {
        byte[] padded = new byte[b.length + 2];
        padded[0] = 'x';
        System.arraycopy(b, 0, padded, 1, b.length);
        padded[b.length + 1] = 'y';
        checkOne(file, b);
        checkOne(file, padded);
    }

    private static void checkOne(Path file, byte[] b) throws IOException {
        Files.write(file, b);
        int expected = 0;
        try {
            Files.readString(file);
        } catch (MalformedInputException e) {
            expected = e.getInputLength();
        }
        assertEquals(expected, Utf8.malformedLength(b, 0, b.length), () -> java.util.Arrays.toString(b));
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
