package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
}
