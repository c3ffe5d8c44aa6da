package util;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * String's charset methods with java.nio.charset.StandardCharsets: getBytes and new String(bytes, charset) for
 * the six standard charsets, with text each one can and cannot represent (replacement '?' or U+FFFD, one '?'
 * per surrogate pair), byte order marks, malformed input (lone surrogates, truncated units, bytes above
 * 0x7F in US-ASCII), ranges of byte arrays, the charsets' names, and the null and range exceptions (the range
 * message is not printed: runtime-lib's String words it as JDK 17 does, JDK 25's differs).
 */
public class StandardCharsetsText {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(i == 0 ? "" : " ").append(Integer.toHexString(s.charAt(i)));
        return sb.toString();
    }

    public static void main(String[] args) {
        Charset[] all = {StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16};
        String[] texts = {"", "Kiln", "caf\u00e9 \u00ff", "\u20ac5 \u4e2d", "\ud83d\ude00!", "lone \ud800 x \udc00", "\ufeff\ufffe"};
        for (Charset cs : all) {
            System.out.println(cs.name() + " " + cs + " canEncode " + cs.canEncode());
            for (String t : texts) {
                byte[] b = t.getBytes(cs);
                System.out.println("  [" + codes(t) + "] -> " + Arrays.toString(b) + " -> [" + codes(new String(b, cs)) + "]");
            }
        }
        byte[][] inputs = {{(byte) 0xfe, (byte) 0xff, 0, 0x41}, {(byte) 0xff, (byte) 0xfe, 0x41, 0}, {0, 0x41, 0}, {(byte) 0xd8, 0, 0, 0x41},
            {(byte) 0xdc, 0, 0, 0x42}, {(byte) 0xd8, 0x3d}, {(byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x82}, {0x41, (byte) 0x80, (byte) 0xff}};
        for (byte[] in : inputs) {
            StringBuilder sb = new StringBuilder(Arrays.toString(in)).append(':');
            for (Charset cs : all) sb.append(' ').append(cs.name()).append("=[").append(codes(new String(in, cs))).append(']');
            System.out.println(sb);
        }
        byte[] data = "xxHELLOxx".getBytes(StandardCharsets.US_ASCII);
        System.out.println("range " + new String(data, 2, 5, StandardCharsets.ISO_8859_1) + " " + new String(data, 0, 0, StandardCharsets.UTF_8).isEmpty());
        try {
            new String(data, 5, 10, StandardCharsets.UTF_8);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("bad range " + e.getClass().getName());
        }
        try {
            "x".getBytes((Charset) null);
        } catch (NullPointerException e) {
            System.out.println("getBytes(null) " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            new String(data, (Charset) null);
        } catch (NullPointerException e) {
            System.out.println("new String(bytes, null) " + e.getClass().getName() + " " + e.getMessage());
        }
        @SuppressWarnings("deprecation")
        String hibyte = new String(new byte[] {0x41, (byte) 0xe9, 0x20}, 0x01);
        System.out.println("hibyte constructor [" + codes(hibyte) + "]");
        System.out.println("equals " + StandardCharsets.UTF_8.equals(StandardCharsets.UTF_8) + " compareTo "
                + Integer.signum(StandardCharsets.UTF_8.compareTo(StandardCharsets.US_ASCII)) + " aliases of UTF-8 contain UTF8 "
                + StandardCharsets.UTF_8.aliases().contains("UTF8") + " displayName " + StandardCharsets.ISO_8859_1.displayName());
    }
}
