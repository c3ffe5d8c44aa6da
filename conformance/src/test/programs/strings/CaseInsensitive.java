package strings;

/**
 * Case beyond ASCII: toUpperCase/toLowerCase of the root locale with the full mappings (sharp s, ligatures,
 * final sigma, dotted capital I, supplementary letters, titlecase digraphs), Character's simple mappings
 * of the same characters, equalsIgnoreCase and compareToIgnoreCase (char by char: upper then lower case),
 * and regionMatches with and without ignoreCase, with negative and overlong offsets.
 */
public class CaseInsensitive {
    static String s(String v) { return v; }

    static String hex(String v) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < v.length(); k++) out.append(k == 0 ? "" : " ").append(Integer.toHexString(v.charAt(k)));
        return "[" + out + "]";
    }

    public static void main(String[] args) {
        String[] words = {s("stra\u00dfe"), s("\ufb01ne \ufb00"), s("\u039f\u0394\u039f\u03a3"), s("\u03bf\u03b4\u03bf\u03c2 \u03c3"),
            s("\u0130stanbul"), s("\u0131i\u0049"), s("\u01c4\u01c5\u01c6"), s("\ud801\udc00\ud801\udc28"), s("\u00ff\u0178"),
            s("\u1e9e\u00b5"), s("\u0149n"), s("\u2126\u212a\u212b"), s("\u03a3\u0391\u03a3"), s("A\u03a3 \u03a3"), s("\u1f80\u1f88"),
            s("\u0587"), s("mixed CASE 123"), s("")};
        for (String w : words) {
            String up = w.toUpperCase();
            String low = w.toLowerCase();
            System.out.println(hex(w) + " upper " + hex(up) + " lower " + hex(low) + " same length " + (up.length() == w.length())
                    + " identity " + (w.toLowerCase() == w));
        }
        char[] chars = {'\u00df', '\u00b5', '\u00ff', '\u0130', '\u0131', '\u01c5', '\u03c2', '\u2126', '\u212a', '\u1e9e', '\u0149', '\u1f80',
            '\u10d0', '\u2c00', '\ua640', '\uff41', '\u0345', '\u03f4'};
        for (char c : chars) {
            System.out.println("char " + Integer.toHexString(c) + ": upper " + Integer.toHexString(Character.toUpperCase(c)) + " lower "
                    + Integer.toHexString(Character.toLowerCase(c)) + " isUpper " + Character.isUpperCase(c) + " isLower "
                    + Character.isLowerCase(c) + " isTitle " + Character.isTitleCase(c) + " letter " + Character.isLetter(c));
        }
        int[] supp = {0x10400, 0x10428, 0x1e900, 0x1e922, 0x16e40, 0x1d400};
        for (int cp : supp) {
            System.out.println("cp " + Integer.toHexString(cp) + ": upper " + Integer.toHexString(Character.toUpperCase(cp)) + " lower "
                    + Integer.toHexString(Character.toLowerCase(cp)) + " isUpper " + Character.isUpperCase(cp) + " isLower " + Character.isLowerCase(cp));
        }
        String[][] pairs = {{"stra\u00dfe", "STRASSE"}, {"\u212a", "k"}, {"\u212a", "K"}, {"\u2126", "\u03c9"}, {"\u0130", "i"}, {"\u0131", "I"},
            {"\u03c2", "\u03a3"}, {"\u03c3", "\u03c2"}, {"\u00b5", "\u039c"}, {"\u00b5", "\u03bc"}, {"\ud801\udc00", "\ud801\udc28"},
            {"\u01c4", "\u01c6"}, {"abc", "ABD"}, {"ab", "ABC"}, {"", ""}, {"\u00e9t\u00e9", "\u00c9T\u00c9"}, {"\u1e9e", "\u00df"},
            {"Z", "a"}, {"_", "a"}, {"_", "A"}, {"\u00ff", "\u0178"}};
        for (String[] p : pairs) {
            System.out.println(hex(p[0]) + " vs " + hex(p[1]) + ": equalsIgnoreCase " + p[0].equalsIgnoreCase(p[1]) + " compareToIgnoreCase "
                    + p[0].compareToIgnoreCase(p[1]) + " compareTo " + p[0].compareTo(p[1]) + " upper equal " + p[0].toUpperCase().equals(p[1].toUpperCase()));
        }
        System.out.println("null: " + s("a").equalsIgnoreCase(null));
        String text = s("Hello, W\u00d6RLD of \u039a\u03b9\u03bb\u03bd");
        String[] others = {"world", "w\u00f6rld", "HELLO", "\u03ba\u0399\u039b\u039d", "of", "xof"};
        int[][] offsets = {{7, 0, 5}, {7, 0, 5}, {0, 0, 5}, {16, 0, 4}, {13, 1, 2}, {13, 1, 2}, {-1, 0, 2}, {0, -1, 2}, {18, 0, 3},
            {0, 0, 0}, {0, 0, -3}, {19, 1, 2}};
        for (int[] o : offsets) {
            for (int k = 0; k < others.length; k += 2) {
                String other = others[(k + o[0] + 24) % others.length];
                System.out.println("region " + o[0] + "," + o[1] + "," + o[2] + " " + hex(other) + ": "
                        + text.regionMatches(o[0], other, o[1], o[2]) + " " + text.regionMatches(true, o[0], other, o[1], o[2])
                        + " " + text.regionMatches(false, o[0], other, o[1], o[2]));
            }
        }
        System.out.println("region pairs " + s("xSTRASSE").regionMatches(true, 1, "stra\u00dfe", 0, 6) + " " + s("\u0130x").regionMatches(true, 0, "ix", 0, 2)
                + " " + s("\u212a").regionMatches(true, 0, "k", 0, 1) + " " + s("\ud801\udc00!").regionMatches(true, 0, "\ud801\udc28!", 0, 3)
                + " " + s("\ud801\udc00").regionMatches(true, 1, "\ud801\udc28", 1, 1));
    }
}
