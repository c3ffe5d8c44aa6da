package lang;

import java.util.stream.Collectors;

/**
 * Whitespace handling of String: strip/stripLeading/stripTrailing against trim (Unicode spaces such as
 * U+2003 and U+3000 versus control chars, the no-break space that is not white space), isBlank/isEmpty,
 * repeat (including its IllegalArgumentException message), and lines() over \n, \r and \r\n endings.
 */
public class StringStripAndLines {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append("\\u").append(String.format("%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        String[] samples = {
            "  plain  ", "\t\ntabs\r\n", "\u2003em space\u2003", "\u3000ideographic\u3000",
            "\u00a0nbsp\u00a0", "\u0001ctl\u0001", "", "   ", "\u2028\u2029", "\u001f x \u001f", "\ufeffbom"
        };
        for (String s : samples) {
            System.out.println(show(s) + " trim=" + show(s.trim()) + " strip=" + show(s.strip())
                    + " lead=" + show(s.stripLeading()) + " trail=" + show(s.stripTrailing())
                    + " blank=" + s.isBlank() + " empty=" + s.isEmpty());
        }
        System.out.println("repeat " + "ab".repeat(3) + "|" + "x".repeat(0) + "|" + "".repeat(5) + "|" + "-=".repeat(1));
        try {
            "a".repeat(-2);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat -2: " + e.getMessage());
        }
        String text = "first\nsecond\r\nthird\rfourth\n\nsixth\n";
        System.out.println("lines " + text.lines().count());
        System.out.println(text.lines().map(StringStripAndLines::show).collect(Collectors.joining(",")));
        System.out.println("empty lines " + "".lines().count() + " one " + "x".lines().count() + " nl " + "\n".lines().count()
                + " crlf-crlf " + "\r\n\r\n".lines().count());
        System.out.println("upper lines " + "a\nbb\nccc".lines().map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println("lengths " + "a\nbb\r\nccc".lines().mapToInt(String::length).sum());
    }
}
