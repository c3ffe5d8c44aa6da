package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link TextBlocks} against the running JDK's {@code String.indent}, {@code stripIndent} and
 * {@code translateEscapes} on random text made of line terminators, white space (tabs, em spaces, a no-break
 * space that is no white space), backslashes, escape letters and octal digits, and on edge cases.
 */
class TextBlocksTest {
    private static final char[] INTERESTING = {'a', 'Z', ' ', ' ', '\t', '\n', '\r', '\u2003', '\u00a0', '\u000b', '\\', 'n', 't',
        's', 'q', 'u', '"', '\'', '0', '3', '4', '7', '8', '1', '\ud83d', '\ude00'};

    private static String random(SplittableRandom random) {
        char[] a = new char[random.nextInt(0, 16)];
        for (int j = 0; j < a.length; j++) {
            a[j] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
        return new String(a);
    }

    private static String translated(String s, boolean jdk) {
        try {
            return "ok:" + (jdk ? s.translateEscapes() : TextBlocks.translateEscapes(s));
        } catch (IllegalArgumentException e) {
            return "IAE:" + e.getMessage();
        }
    }

    @Test
    void likeTheJdkOnRandomText() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 50_000; i++) {
            String s = random(random);
            for (int n : new int[] {-3, -1, 0, 1, 2, Integer.MIN_VALUE}) {
                assertEquals(s.indent(n), TextBlocks.indent(s, n), () -> "indent " + n + " of " + escape(s));
            }
            assertEquals(s.stripIndent(), TextBlocks.stripIndent(s), () -> "stripIndent of " + escape(s));
            assertEquals(translated(s, true), translated(s, false), () -> "translateEscapes of " + escape(s));
        }
    }

    @Test
    void edgeCases() {
        String[] cases = {"", "\n", "\r\n", "\r", "   ", "  a\n    b\n  ", "  x\n\t\n", " a\r\n  b\r", "\\", "a\\", "\\377\\400\\0a\\12x\\1234",
            "x\\\r\ny\\\rz\\\nw", "\\u0041", "\\8", "\n\n  a\n", "\t\ta\n\t  b"};
        for (String s : cases) {
            assertEquals(s.stripIndent(), TextBlocks.stripIndent(s), () -> "stripIndent of " + escape(s));
            assertEquals(s.indent(-1), TextBlocks.indent(s, -1), () -> "indent of " + escape(s));
            assertEquals(s.indent(4), TextBlocks.indent(s, 4), () -> "indent of " + escape(s));
            assertEquals(translated(s, true), translated(s, false), () -> "translateEscapes of " + escape(s));
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }
}
