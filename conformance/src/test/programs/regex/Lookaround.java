package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lookahead and lookbehind, word boundaries, \G, \A, \z, \Z, atomic groups. */
public class Lookaround {
    static void all(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder sb = new StringBuilder(regex + " on \"" + input.replace("\n", "\\n") + "\":");
        while (m.find()) {
            sb.append(" [").append(m.group().replace("\n", "\\n")).append("]@").append(m.start());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        all("\\w+(?=!)", "hi! there wow!");
        all("\\w+(?!\\w|!)", "hi! there wow!");
        all("(?<=\\$)\\d+", "cost $45 and 30 and $7");
        all("(?<!\\$)\\b\\d+", "cost $45 and 30 and $7");
        all("(?<=ab|abcd)x", "abx abcdx acx");
        all("(?<=a{1,3})b", "ab aaab b");
        all("(?<=\\d{3})-", "123-45-6789");
        all("(?=(\\d\\d))", "12345");
        all("\\b\\w", "one two-three four_five");
        all("\\B\\w", "one two");
        all("\\Ga", "aaba");
        all("\\G\\d,?", "1,2,3,x,4");
        all("\\Aab", "abab");
        all("ab\\z", "abab\n");
        all("ab\\Z", "abab\n");
        all("ab$", "abab\n");
        all("(?>a+)b", "aaab");
        all("(?>a+)ab", "aaab");
        all("(?>x|xy)z", "xyz xz");
        all("(?=.*\\d)(?=.*[a-z])\\w{6,}", "abc123 abcdef 123456 a1b2c3d4");
        all("q(?!u)", "quit qatar iraq");
        all("(?<![a-z])cat", "cat bobcat -cat");
        all("(?<=^|,)[^,]*", "a,,b,c");
        all("(?<=\\b)\\w{2}(?=\\b)", "ab cde fg h ij");
        all("\\b", "ab cd");
        try {
            Pattern.compile("(?<=a+)b");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription() + " at " + e.getIndex());
        }
    }
}
