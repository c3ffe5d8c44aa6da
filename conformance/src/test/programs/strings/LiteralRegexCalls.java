package strings;

import java.util.Arrays;

/**
 * split and replaceAll with constant regular expressions that match only themselves (Kiln calls them without
 * java.util.regex): every limit, separators at the start and the end, no match, the empty string, escaped
 * metacharacters, runs of one separator ({@code " +"}), and a null receiver's helpful message; and the same calls
 * with the regex in a variable.
 */
public class LiteralRegexCalls {
    public static void main(String[] args) {
        String[] inputs = {"a,b,,c,,", ",a,b", "", ",", ",,", "abc", "a,b", ",,a,,"};
        for (String s : inputs) {
            System.out.println("[" + s + "] split: " + show(s.split(",")) + " 1: " + show(s.split(",", 1)) + " 2: " + show(s.split(",", 2))
                    + " 3: " + show(s.split(",", 3)) + " 0: " + show(s.split(",", 0)) + " -1: " + show(s.split(",", -1)));
            String comma = ",";
            System.out.println("  variable regex agrees: " + (Arrays.equals(s.split(","), s.split(comma))
                    && Arrays.equals(s.split(",", -1), s.split(comma, -1)) && Arrays.equals(s.split(",", 2), s.split(comma, 2))));
        }
        System.out.println(show("1.2.3".split("\\.")) + " " + show("a|b||".split("\\|")) + " " + show("x$y".split("\\$")) + " "
                + show("a b  c".split(" ")) + " " + show("p\\q".split("\\\\")) + " " + show("a-b".split("-", -1)));
        System.out.println(show("a1b2c".split("\\d")) + " " + show("a.b".split(".")) + " " + show("aXbxc".split("(?i)x")));
        System.out.println(show("é,ü,ß".split(",")) + " " + show("tab\tseparated".split("\t")));
        String[] spaced = {"en  fr de", "  en fr  ", "", " ", "   ", "en", "a+b++c", "x..y...z."};
        for (String s : spaced) {
            String runs = " +";
            System.out.println("[" + s + "] runs: " + show(s.split(" +")) + " 1: " + show(s.split(" +", 1)) + " 2: " + show(s.split(" +", 2))
                    + " -1: " + show(s.split(" +", -1)) + " plus: " + show(s.split("\\++")) + " dots: " + show(s.split("\\.+", -1))
                    + " variable agrees: " + (Arrays.equals(s.split(" +"), s.split(runs)) && Arrays.equals(s.split(" +", -1), s.split(runs, -1))));
        }

        System.out.println("en-US-x".replaceAll("-", "_") + " " + "a.b.c".replaceAll("\\.", "/") + " " + "aaa".replaceAll("aa", "b")
                + " " + "abc".replaceAll("b", "$0$0") + " " + "abc".replaceAll("", "-") + " " + "hello world".replaceAll("o w", "O_W")
                + " " + "none".replaceAll("zz", "y") + " " + "xyx".replaceAll("x", ""));
        try {
            "a(b".replaceAll("(", "x");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("PatternSyntaxException " + e.getDescription() + " at " + e.getIndex());
        }
        String none = args.length > 100 ? "x" : null;
        try {
            none.split(",");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            none.replaceAll("-", "_");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            "a-b".replaceAll("-", null);
        } catch (NullPointerException e) {
            System.out.println("null replacement: NullPointerException");
        }
    }

    private static String show(String[] parts) {
        return parts.length + Arrays.toString(parts);
    }
}
