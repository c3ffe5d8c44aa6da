package lang;

import java.util.Arrays;

/**
 * String.split with every kind of limit (positive, zero, negative), leading and trailing separators,
 * empty input, one-char fast-path separators and escaped metacharacters, regex separators, and a
 * zero-width match at the start (no leading empty string since Java 8).
 */
public class StringSplitLimits {
    static void show(String s, String regex, int limit) {
        String[] parts = s.split(regex, limit);
        System.out.println("\"" + s + "\" /" + regex + "/ " + limit + " -> " + parts.length + " " + Arrays.toString(parts));
    }

    public static void main(String[] args) {
        String[] inputs = {"a,b,,c,,", ",a,b", "", ",", ",,,", "abc", "a,,b"};
        int[] limits = {0, 1, 2, 3, 10, -1};
        for (String s : inputs) {
            for (int limit : limits) {
                show(s, ",", limit);
            }
        }
        show("a.b.c", "\\.", 0);
        show("a.b.c", ".", 0);
        show("a.b.c", ".", -1);
        show("a|b|c", "\\|", 2);
        show("a$b$c", "\\$", 0);
        show("one  two\tthree\n four", "\\s+", 0);
        show("  leading space", "\\s+", 0);
        show("k1=v1;k2=v2;;k3", "[;=]", 0);
        show("abc", "", 0);
        show("abc", "", 2);
        show("abc", "", -1);
        show("2024-01-15T10:30", "[-T:]", 0);
        show("aXbXXc", "X+", -1);
        show("camelCaseWordsHere", "(?=[A-Z])", 0);
        show("x1y22z333", "\\d", 0);
        show("x1y22z333", "\\d+", -1);
        show("\u00e9\u00e8,\u4e2d\u6587,\ud83d\ude00", ",", 0);
        System.out.println(Arrays.toString("a b c".split(" ")));
        System.out.println(String.join("|", "path/to//file/".split("/")));
        System.out.println("trailing kept " + "a,b,,".split(",", -1).length + " dropped " + "a,b,,".split(",").length);
    }
}
