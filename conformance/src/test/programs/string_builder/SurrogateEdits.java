package string_builder;

/**
 * StringBuilder edits on text with supplementary characters: reverse keeps surrogate pairs in order (and
 * pairs that only form after reversing), insert/delete/replace/deleteCharAt/setCharAt/setLength that split
 * or join a pair, appendCodePoint, codePointAt/codePointBefore/codePointCount on the builder, indexOf and
 * lastIndexOf, and the builder's index exceptions. Characters are printed as code point lists.
 */
public class SurrogateEdits {
    static final String CLEF = "\uD834\uDD1E";
    static final String SMILE = "\uD83D\uDE00";

    static int i(int v) { return v; }

    static String cps(CharSequence s) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < s.length(); k++) {
            if (k > 0) out.append(' ');
            out.append(Integer.toHexString(s.charAt(k)));
        }
        return out.append("] len ").append(s.length()).toString();
    }

    static void show(String label, StringBuilder sb) {
        System.out.println(label + ": " + cps(sb) + " cps " + sb.codePointCount(0, sb.length()));
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": IAE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("a" + CLEF + "b" + SMILE + "c");
        show("start", sb);
        show("reverse", new StringBuilder(sb).reverse());
        show("reverse twice", new StringBuilder(sb).reverse().reverse());
        show("reverse lone high", new StringBuilder("x\uD834y").reverse());
        show("reverse low-high", new StringBuilder("\uDD1E\uD834").reverse());
        show("reverse low-high-low", new StringBuilder("\uDE00\uD83D\uDE00").reverse());
        show("reverse high-high-low", new StringBuilder("\uD83D\uD834\uDD1E").reverse());
        show("insert into pair", new StringBuilder(sb).insert(i(2), '-'));
        show("insert code point string", new StringBuilder(sb).insert(i(0), SMILE).insert(i(3), CLEF));
        show("delete half pair", new StringBuilder(sb).delete(i(1), i(2)));
        show("deleteCharAt low", new StringBuilder(sb).deleteCharAt(i(5)));
        show("replace across pair", new StringBuilder(sb).replace(i(2), i(5), "\uDE00!"));
        StringBuilder joined = new StringBuilder("\uD83D").append("\uDE00");
        show("append halves", joined);
        StringBuilder made = new StringBuilder("\uDE00");
        made.insert(i(0), '\uD83D');
        show("insert high before low", made);
        StringBuilder set = new StringBuilder(sb);
        set.setCharAt(i(1), 'X');
        show("setCharAt high", set);
        StringBuilder cut = new StringBuilder(sb);
        cut.setLength(i(2));
        show("setLength splits", cut);
        cut.setLength(i(4));
        show("setLength grows", cut);
        StringBuilder cp = new StringBuilder();
        int[] points = {0x41, 0xE9, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xD800};
        for (int p : points) cp.appendCodePoint(p);
        show("appendCodePoint", cp);
        for (int k = 0; k <= cp.length(); k++) {
            String at = k < cp.length() ? Integer.toHexString(cp.codePointAt(k)) : "-";
            String before = k > 0 ? Integer.toHexString(cp.codePointBefore(k)) : "-";
            System.out.println("  at " + k + " " + at + " before " + before + " count0 " + cp.codePointCount(0, k));
        }
        attempt("appendCodePoint -1", () -> new StringBuilder().appendCodePoint(i(-1)));
        attempt("appendCodePoint 0x110000", () -> new StringBuilder().appendCodePoint(i(0x110000)));
        String hay = "x" + SMILE + "y" + SMILE + CLEF;
        StringBuilder h = new StringBuilder(hay);
        System.out.println("indexOf " + h.indexOf(SMILE) + " " + h.indexOf(SMILE, 2) + " " + h.indexOf("\uDE00") + " " + h.lastIndexOf(SMILE)
                + " " + h.lastIndexOf("\uD83D", 3) + " " + h.indexOf(CLEF, 99) + " " + h.lastIndexOf("", 99) + " " + h.indexOf("", -5));
        StringBuilder e = new StringBuilder("ab" + CLEF);
        attempt("codePointAt 4", () -> e.codePointAt(i(4)));
        attempt("codePointAt -1", () -> e.codePointAt(i(-1)));
        attempt("codePointBefore 0", () -> e.codePointBefore(i(0)));
        attempt("codePointBefore 5", () -> e.codePointBefore(i(5)));
        attempt("codePointCount 3..2", () -> e.codePointCount(i(3), i(2)));
        attempt("codePointCount 0..5", () -> e.codePointCount(i(0), i(5)));
        attempt("insert char[] range", () -> e.insert(i(1), new char[] {'p', 'q', 'r'}, i(2), i(2)));
        attempt("insert CharSequence range", () -> e.insert(i(1), "pqr", i(2), i(1)));
        attempt("reverse empty", () -> new StringBuilder().reverse());
        show("insert ranges ok", new StringBuilder("ab").insert(i(1), new char[] {'p', 'q', 'r'}, i(1), i(2)).insert(i(0), "wxyz", i(1), i(3)));
        System.out.println("toString equals " + new StringBuilder(sb).reverse().reverse().toString().equals(sb.toString())
                + " compareTo " + Integer.signum(new StringBuilder(SMILE).compareTo(new StringBuilder("\uFFFF"))));
    }
}
