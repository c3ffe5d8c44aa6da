package lang;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expression methods of String: matches (whole-string semantics), replaceAll/replaceFirst with
 * group references ($1, ${name}), escaped dollars and backslashes, Matcher.quoteReplacement and
 * Pattern.quote for literal text, replace (literal CharSequence) versus replaceAll, the
 * IllegalArgumentException of a reference to a missing group, and a PatternSyntaxException's parts.
 */
public class StringRegexReplace {
    public static void main(String[] args) {
        String[] candidates = {"2024-01-15", "24-1-15", "2024-01-15x", "", "abc123", "ABC"};
        for (String s : candidates) {
            System.out.println("[" + s + "] date " + s.matches("\\d{4}-\\d{2}-\\d{2}") + " word " + s.matches("\\w+") + " upper " + s.matches("[A-Z]*")
                    + " contains digit (find needs .*) " + s.matches(".*\\d.*"));
        }
        String date = "2024-01-15 and 1999-12-31";
        System.out.println(date.replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3/$2/$1"));
        System.out.println(date.replaceFirst("(?<y>\\d{4})-(?<m>\\d{2})", "${m}.${y}"));
        System.out.println("price 5".replaceAll("(\\d+)", "\\$$1.00") + " | " + "a.b.c".replaceAll("\\.", "\\\\"));
        System.out.println("quoteReplacement " + "cost".replaceAll("cost", Matcher.quoteReplacement("$5 \\ off")));
        System.out.println("quote " + "1+1=2, 1+1".replaceAll(Pattern.quote("1+1"), "two") + " | " + Pattern.quote("a.b"));
        System.out.println("replace literal " + "a.b.c".replace(".", "$") + " " + "aaa".replace("aa", "b") + " " + "xyz".replace("", "-")
                + " " + "abc".replace('b', 'B'));
        System.out.println("replaceAll empty match " + "abc".replaceAll("", "-") + " " + "abc".replaceAll("x*", "_"));
        System.out.println("case insensitive " + "Kiln KILN kiln".replaceAll("(?i)kiln", "K") + " multiline " + "a\nb\nc".replaceAll("(?m)^", "> "));
        System.out.println("whitespace collapse [" + "  too   many    spaces  ".trim().replaceAll("\\s+", " ") + "]");
        System.out.println("unicode " + "caf\u00e9 na\u00efve".replaceAll("[^\\p{ASCII}]", "?") + " " + "\u00c9t\u00e9".matches("\\p{L}+") + " "
                + "x\u0660y".replaceAll("\\p{Nd}", "#"));
        try {
            "abc".replaceAll("(b)", "$2");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("missing group: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            "abc".replaceAll("b", "${nope}");
        } catch (IllegalArgumentException e) {
            System.out.println("missing named group: " + e.getMessage());
        }
        try {
            "abc".replaceAll("b", "tail\\");
        } catch (IllegalArgumentException e) {
            System.out.println("trailing backslash: " + e.getMessage());
        }
        try {
            "abc".matches("a(b");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("syntax: desc=" + e.getDescription() + " index=" + e.getIndex() + " pattern=" + e.getPattern());
        }
        System.out.println("split then join " + String.join("+", "a1b22c333d".split("\\d+")) + " " + Arrays.toString("k=v; x = y".split("\\s*;\\s*")));
    }
}
