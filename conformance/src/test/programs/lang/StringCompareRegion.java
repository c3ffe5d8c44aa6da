package lang;

import java.util.Arrays;

/**
 * String comparisons: compareTo and compareToIgnoreCase signs and magnitudes (length difference versus
 * char difference), CASE_INSENSITIVE_ORDER sorting, both regionMatches forms with out-of-range offsets,
 * CharSequence.compare across String/StringBuilder, contentEquals, startsWith with offsets, and
 * hashCode of known strings.
 */
public class StringCompareRegion {
    public static void main(String[] args) {
        String[][] pairs = {
            {"apple", "apple"}, {"apple", "Apple"}, {"apple", "apples"}, {"b", "a"}, {"", "a"}, {"abc", "abd"},
            {"ABC", "abd"}, {"\u00e9", "e"}, {"\u00c9", "\u00e9"}, {"z", "\u00e0"}, {"\ud83d\ude00", "\uffff"}, {"Zeta", "alpha"}
        };
        for (String[] p : pairs) {
            System.out.println(p[0] + " vs " + p[1] + ": compareTo=" + p[0].compareTo(p[1]) + " ignoreCase="
                    + p[0].compareToIgnoreCase(p[1]) + " equalsIgnoreCase=" + p[0].equalsIgnoreCase(p[1])
                    + " csCompare=" + CharSequence.compare(p[0], new StringBuilder(p[1])));
        }
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"};
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        System.out.println("natural " + Arrays.toString(sorted));
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        System.out.println("insensitive " + Arrays.toString(sorted));
        String s = "Hello World, hello world";
        System.out.println("region " + s.regionMatches(0, "Hello", 0, 5) + " " + s.regionMatches(13, "Hello", 0, 5)
                + " " + s.regionMatches(true, 13, "HELLO", 0, 5) + " " + s.regionMatches(-1, "H", 0, 1)
                + " " + s.regionMatches(20, "world!", 0, 6) + " " + s.regionMatches(0, "xHello", 1, 5)
                + " " + s.regionMatches(0, "Hello", 0, -3) + " " + s.regionMatches(true, 6, "wORLD", 0, 5));
        System.out.println("startsWith " + s.startsWith("World", 6) + " " + s.startsWith("", 25) + " " + s.startsWith("", 26)
                + " " + s.startsWith("H", -1) + " endsWith " + s.endsWith("world") + " " + s.endsWith(""));
        StringBuilder sb = new StringBuilder("Hello");
        System.out.println("contentEquals " + "Hello".contentEquals(sb) + " " + "Hello".contentEquals(new StringBuffer("Hellp"))
                + " " + "Hello".contentEquals((CharSequence) "Hello") + " equals sb " + "Hello".equals(sb));
        String[] hashes = {"", "a", "Aa", "BB", "polygenelubricants", "hello world", "\u00e9t\u00e9", "\ud83d\ude00"};
        for (String h : hashes) {
            System.out.println("hash " + h + " " + h.hashCode());
        }
        System.out.println("compare same " + CharSequence.compare(sb, sb) + " empty " + CharSequence.compare("", new StringBuilder()));
        System.out.println("sign only " + Integer.signum("a".compareTo("b")) + " " + "kiln".compareTo("kilns") + " " + "kilns".compareTo("kiln"));
    }
}
