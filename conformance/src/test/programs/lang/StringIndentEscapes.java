package lang;

/**
 * The text-block helpers of String (Java SE 12 and 15): indent with positive, zero and negative counts
 * (line terminators normalized to \n, tabs counted as one char), stripIndent with blank lines, a blank
 * last line and trailing terminators, translateEscapes of every escape including octal and line
 * continuations and the IllegalArgumentException messages, transform, and the same operations on a text
 * block's value.
 */
public class StringIndentEscapes {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        String[] texts = {"", "one", "one\ntwo", "  a\n    b\n  ", "a\r\nb\rc\n", "\t\tx\n  \ty", "\n\n", "  lead\n\n  after blank\n",
            "\u2003\u2003em\n  two", "   ", "x\n   "};
        for (String t : texts) {
            System.out.println(show(t) + " indent(2)=" + show(t.indent(2)) + " indent(0)=" + show(t.indent(0)) + " indent(-1)=" + show(t.indent(-1))
                    + " indent(-9)=" + show(t.indent(-9)) + " stripIndent=" + show(t.stripIndent()));
        }
        String block = """
                SELECT *
                  FROM t
                 WHERE x = 1\t
                """;
        System.out.println("block " + show(block) + " stripIndent same " + block.stripIndent().equals(block));
        String raw = "    <p>\n        hi   \n    </p>\n    ";
        System.out.println("raw " + show(raw.stripIndent()));
        String[] escapes = {"tab\\there", "nl\\n cr\\r ff\\f bs\\b", "quote \\\" apos \\' back \\\\", "space\\s.", "oct \\101\\60\\7\\377\\400\\0",
            "cont\\\nued", "cont\\\r\nued", "cont\\\rued", "no escapes", "\\u0041", "bad \\q", "end \\", "\\9"};
        for (String e : escapes) {
            try {
                System.out.println(show(e) + " -> " + show(e.translateEscapes()));
            } catch (IllegalArgumentException ex) {
                System.out.println(show(e) + " -> IAE " + show(ex.getMessage()));
            }
        }
        System.out.println("transform " + "kiln".transform(s -> s.length() * 10) + " " + " trim me ".transform(String::strip).transform(String::toUpperCase));
    }
}
