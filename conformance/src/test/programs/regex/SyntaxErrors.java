package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** PatternSyntaxException for malformed patterns: description, index, pattern and the multi-line message. */
public class SyntaxErrors {
    public static void main(String[] args) {
        String[] bad = {"(", ")", "(a", "a)", "[", "[a", "[]", "[^]", "*", "+a", "?", "a{", "a{1", "a{1,", "a{x}", "{1}",
                "\\", "a\\", "\\k", "\\k<", "\\k<x", "\\p", "\\pX", "\\p{Foo}", "\\x", "\\xZZ", "\\x{", "\\x{FFFFFFF}", "\\u12",
                "\\uZZZZ", "\\c", "\\0", "\\08", "\\y", "\\g", "(?", "(?<", "(?<a", "(?<a>", "(?P<a>x)", "(?z)", "(?i", "[z-a]",
                "[a-\\d]", "a**", "a{2}{3}*", "(?<=a*)b", "x{2147483648}", "\\Qunterminated", "[[a]", "a||b(", "(?:", "(?=",
                "a\\Eb", "\\R{2}", "\\b{x}", "\\b{g"};
        for (String p : bad) {
            try {
                Pattern compiled = Pattern.compile(p);
                System.out.println("ok: " + p + " -> " + compiled.matcher("a\\b").find());
            } catch (PatternSyntaxException e) {
                System.out.println("pattern " + p);
                System.out.println("  description: " + e.getDescription());
                System.out.println("  index: " + e.getIndex());
                System.out.println("  pattern: " + e.getPattern());
                System.out.println("  message: " + e.getMessage().replace("\n", "\\n"));
            } catch (RuntimeException e) {
                System.out.println("pattern " + p + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            "abc".split("[");
        } catch (PatternSyntaxException e) {
            System.out.println(e.getMessage());
        }
        try {
            "abc".replaceAll("(", "x");
        } catch (PatternSyntaxException e) {
            System.out.println(e.getMessage());
        }
        PatternSyntaxException made = new PatternSyntaxException("custom", "x*y", 1);
        System.out.println(made.getMessage());
        System.out.println(new PatternSyntaxException("no index", "ab", -1).getMessage());
    }
}
