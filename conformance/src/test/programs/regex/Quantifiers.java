package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Greedy, reluctant and possessive quantifiers, bounded repeats, alternation order, empty matches. */
public class Quantifiers {
    static void all(String regex, String input) {
        try {
            Matcher m = Pattern.compile(regex).matcher(input);
            StringBuilder sb = new StringBuilder(regex + " on \"" + input + "\":");
            while (m.find()) {
                sb.append(" [").append(m.group()).append("]@").append(m.start());
            }
            System.out.println(sb);
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println(regex + ": PatternSyntaxException: " + e.getDescription() + " at " + e.getIndex());
        }
    }

    public static void main(String[] args) {
        String html = "<a><b></b></a>";
        all("<.+>", html);
        all("<.+?>", html);
        all("<.++>", html);
        all("<[^>]++>", html);
        all("a*", "aaa");
        all("a*?", "aaa");
        all("a*+", "aaa");
        all("a+?", "aaa");
        all("a??", "aa");
        all("a?+", "aa");
        all("a{2}", "aaaaa");
        all("a{2,}", "aaaaa b aa a");
        all("a{2,}?", "aaaaa");
        all("a{1,3}+a", "aaaa");
        all("a{0}", "aa");
        all("(ab){2,3}", "abababababab");
        all("(a|ab)(c|bcd)(d*)", "abcd");
        all("x(a|b)*y", "xababbay xy xcy");
        all("(\\d+?)(\\d+)", "12345");
        all("(\\d*?)\\.", "3.14");
        all("\\w+?\\b", "lazy words here");
        all("(a*)*b", "aaab");
        all("(a|b)*?c", "ababc");
        all("[0-9]{2,4}+", "12345678901");
        all("a{3,2}", "aaa");
        all("a{,2}", "aaa");
        all("a{99999999999}", "aaa");
        all("*a", "aaa");
        all("a**", "aaa");
        all("a{1}{2}", "aaa");
        all("(a{2}){2}", "aaaaa");
        all(".*", "abc");
        all(".*?", "ab");
        all("(?:)+", "ab");
        System.out.println("a".repeat(30).matches("(a|aa)+") + " " + ("a".repeat(25) + "b").matches("(a+)+b"));
        System.out.println("x".repeat(5000).matches("x*") + " " + "ab".repeat(2000).matches("(?:ab)+"));
    }
}
