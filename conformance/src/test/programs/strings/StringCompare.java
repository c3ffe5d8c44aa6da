package strings;

/** equals, equalsIgnoreCase, compareTo (lexicographic by UTF-16 unit, then length) and hashCode. */
public class StringCompare {
    public static void main(String[] args) {
        String[] words = {"apple", "Apple", "APPLE", "apples", "app", "", "banana", "b", "\u00e9clair", "zebra", "Zebra", "a b"};
        for (String a : words) {
            StringBuilder line = new StringBuilder();
            line.append('"').append(a).append("\" hash=").append(a.hashCode()).append(':');
            for (String b : words) {
                int c = a.compareTo(b);
                line.append(' ').append(c < 0 ? "-" : c > 0 ? "+" : "0").append(Math.abs(c) > 9 ? "*" : "" + Math.abs(c));
                line.append(a.equals(b) ? "=" : a.equalsIgnoreCase(b) ? "~" : ".");
            }
            System.out.println(line);
        }
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "A".compareTo("a") + " "
                + "".compareTo("xyz") + " " + "\u00e9".compareTo("e"));
        System.out.println("".hashCode() + " " + "a".hashCode() + " " + "polygenelubricants".hashCode() + " "
                + "The quick brown fox jumps over the lazy dog".hashCode());
        System.out.println("abc".equals(null) + " " + "abc".equals((Object) new StringBuilder("abc")) + " "
                + "abc".equals(new StringBuilder("abc").toString()) + " " + "abc".equalsIgnoreCase(null));
        String[] sorted = {"pear", "Peach", "apple", "Apricot", "banana", "apple"};
        for (int i = 0; i < sorted.length; i++) {
            for (int j = i + 1; j < sorted.length; j++) {
                if (sorted[j].compareTo(sorted[i]) < 0) {
                    String t = sorted[i];
                    sorted[i] = sorted[j];
                    sorted[j] = t;
                }
            }
        }
        System.out.println(String.join(" ", sorted));
    }
}
