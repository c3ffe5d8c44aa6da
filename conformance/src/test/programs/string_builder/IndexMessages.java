package string_builder;

/**
 * The exception of every index check of String and StringBuilder that the other programs do not reach, one
 * per line: each kind of check words its message its own way on JDK 17 and in Preconditions' words from
 * JDK 18, so the program tells the class libraries apart (StringBuilder.getChars reports its destination
 * range as an IndexOutOfBoundsException, unlike String.getChars).
 */
public class IndexMessages {
    interface Op {
        Object run();
    }

    static void t(String label, Op op) {
        try {
            System.out.println(label + ": " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        String s = "abcd";
        t("sb setLength -1", () -> { StringBuilder b = new StringBuilder(s); b.setLength(-1); return b; });
        t("sb substring(5)", () -> new StringBuilder(s).substring(5));
        t("sb substring(-1)", () -> new StringBuilder(s).substring(-1));
        t("sb getChars dst", () -> { new StringBuilder(s).getChars(0, 3, new char[2], 0); return "x"; });
        t("sb getChars dst off", () -> { new StringBuilder(s).getChars(0, 2, new char[2], 1); return "x"; });
        t("sb insert str 5", () -> new StringBuilder(s).insert(5, "x"));
        t("sb insert char -1", () -> new StringBuilder(s).insert(-1, 'x'));
        t("sb insert chars 9", () -> new StringBuilder(s).insert(9, new char[] {'x'}));
        t("sb insert int 9", () -> new StringBuilder(s).insert(9, 42));
        t("sb insert cs offset 9", () -> new StringBuilder(s).insert(9, (CharSequence) "xy", 0, 1));
        t("sb insert chars range off -1", () -> new StringBuilder(s).insert(-1, new char[] {'x'}, 0, 1));
        t("sb insert chars range len -1", () -> new StringBuilder(s).insert(1, new char[] {'x'}, 0, -1));
        t("sb insert chars range 1,1", () -> new StringBuilder(s).insert(1, new char[] {'x'}, 1, 1));
        t("sb codePointCount", () -> new StringBuilder(s).codePointCount(3, 2));
        t("sb deleteCharAt -1", () -> new StringBuilder(s).deleteCharAt(-1));
        t("sb delete 5", () -> new StringBuilder(s).delete(5, 6));
        t("sb replace -1", () -> new StringBuilder(s).replace(-1, 2, "x"));
        t("sb append chars -1", () -> new StringBuilder(s).append(new char[] {'x'}, 0, -1));
        t("sb append chars 2,0", () -> new StringBuilder(s).append(new char[] {'x'}, 2, 0));
        t("sb append cs null", () -> new StringBuilder(s).append((CharSequence) null, 0, 9));
        t("sb subSequence", () -> new StringBuilder(s).subSequence(3, 2));
        t("sb codePointBefore 9", () -> new StringBuilder(s).codePointBefore(9));
        t("sb setCharAt 4", () -> { StringBuilder b = new StringBuilder(s); b.setCharAt(4, 'x'); return b; });
        t("str offsetByCodePoints", () -> s.offsetByCodePoints(1, 9));
        t("str offsetByCodePoints -1", () -> s.offsetByCodePoints(-1, 0));
        t("str codePointBefore 9", () -> s.codePointBefore(9));
        t("str codePointBefore -3", () -> s.codePointBefore(-3));
        t("str codePointAt -3", () -> s.codePointAt(-3));
        t("str codePointCount -1,9", () -> s.codePointCount(-1, 9));
        t("str substring(5)", () -> s.substring(5));
        t("str substring(-1)", () -> s.substring(-1));
        t("str int[]", () -> new String(new int[] {65, 66}, 1, 5));
        t("str bytes", () -> new String(new byte[] {65, 66}, -1, 1));
        t("str chars", () -> new String(new char[] {'a'}, 0, 2));
        t("str valueOf", () -> String.valueOf(new char[] {'a'}, 1, 1));
        t("str valueOf2", () -> String.valueOf(new char[] {'a'}, 2, 0));
        t("str getChars dst", () -> { s.getChars(0, 2, new char[3], 2); return "x"; });
        t("str getChars dst -1", () -> { s.getChars(0, 2, new char[3], -1); return "x"; });
        t("str subSequence", () -> s.subSequence(0, 5));
        t("str charAt 4", () -> s.charAt(4));
    }
}
