package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Charsets} against the JDK's {@code String.getBytes(Charset)} and {@code new String(byte[], Charset)}
 * for the six standard charsets: random text with unpaired surrogates and unmappable characters, random
 * bytes with byte order marks, surrogates in both orders and odd lengths.
 */
class CharsetsTest {
    private static final List<Charset> STANDARD = List.of(StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16);

    @Test
    void encodesLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(5);
        char[] interesting = {'a', '?', '\u007f', '\u0080', '\u00ff', '\u0100', '\u07ff', '\ud800', '\udbff', '\udc00',
            '\udfff', '\ufeff', '\ufffe', '\uffff'};
        for (int i = 0; i < 100_000; i++) {
            char[] c = new char[random.nextInt(0, 9)];
            for (int j = 0; j < c.length; j++) {
                c[j] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (char) random.nextInt(0x10000);
            }
            String s = new String(c);
            for (Charset cs : STANDARD) {
                assertArrayEquals(s.getBytes(cs), Charsets.encode(cs.name(), c, 0, c.length), cs + " " + hex(s));
            }
        }
    }

    @Test
    void decodesLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(6);
        byte[] interesting = {0, 0x41, 0x7f, (byte) 0x80, (byte) 0xfe, (byte) 0xff, (byte) 0xd8, (byte) 0xdb, (byte) 0xdc,
            (byte) 0xdf, (byte) 0xfd};
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[random.nextInt(0, 11)];
            for (int j = 0; j < b.length; j++) {
                b[j] = random.nextInt(3) > 0 ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt();
            }
            for (Charset cs : STANDARD) {
                assertEquals(new String(b, cs), new String(Charsets.decode(cs.name(), b, 0, b.length)), cs + " " + hex(b));
            }
        }
    }

    @Test
    void decodesARange() {
        byte[] b = {9, 9, (byte) 0xfe, (byte) 0xff, 0, 0x41, 9};
        assertEquals(new String(b, 2, 4, StandardCharsets.UTF_16), new String(Charsets.decode("UTF-16", b, 2, 4)));
        assertEquals(new String(b, 1, 5, StandardCharsets.ISO_8859_1), new String(Charsets.decode("ISO-8859-1", b, 1, 5)));
    }

    @Test
    void otherCharsetsAreAnInternalError() {
        assertThrows(InternalError.class, () -> Charsets.encode("windows-1252", new char[0], 0, 0));
        assertThrows(InternalError.class, () -> Charsets.decode("Shift_JIS", new byte[0], 0, 0));
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(Integer.toHexString(c)).append(' ');
        return sb.toString();
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(Integer.toHexString(x & 0xff)).append(' ');
        return sb.toString();
    }
}
