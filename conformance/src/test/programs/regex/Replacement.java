package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** replaceAll/replaceFirst with $n, ${name} and escapes, quoteReplacement, appendReplacement/appendTail, functions. */
public class Replacement {
    static void r(String regex, String input, String replacement) {
        try {
            System.out.println(regex + " | " + input + " | " + replacement + " -> all=\"" + input.replaceAll(regex, replacement)
                    + "\" first=\"" + input.replaceFirst(regex, replacement) + "\"");
        } catch (RuntimeException e) {
            System.out.println(regex + " | " + input + " | " + replacement + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        r("(\\w+)@(\\w+)", "ann@site bob@host", "$2 at $1");
        r("(?<first>\\w+) (?<last>\\w+)", "Ada Lovelace", "${last}, ${first}");
        r("a", "banana", "[$0]");
        r("\\d", "a1b2", "\\$");
        r("x", "axb", "\\\\");
        r("(a)", "aa", "$1$1");
        r("(a)", "aa", "$11");
        r("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", "abcdefghij", "$10-$1-$9");
        r("a", "aa", "$2");
        r("a", "aa", "${nope}");
        r("a", "aa", "$");
        r("a", "aa", "\\");
        r("a", "aa", "${");
        r("", "abc", "-");
        r("b*", "abc", "-");
        r("\\s+", "  lots   of   space  ", " ");
        r("(?m)^", "one\ntwo\nthree", "> ");
        r("[aeiou]", "replacement", "");
        r("(\\d{3})(\\d{3})(\\d{4})", "5551234567", "($1) $2-$3");
        System.out.println(Matcher.quoteReplacement("$1 \\ $2") + " " + Pattern.quote("a.b*c") + " " + Pattern.quote("x\\Ey"));
        System.out.println("cost: 5".replaceAll("\\d", Matcher.quoteReplacement("$9.99")));
        System.out.println("a.b.c".replaceAll(Pattern.quote("."), "!") + " " + "a.b.c".replace(".", "!"));
        Matcher m = Pattern.compile("(\\w)(\\d)").matcher("a1 b2 c3 end");
        StringBuffer sbuf = new StringBuffer();
        while (m.find()) {
            m.appendReplacement(sbuf, "$2$1");
        }
        m.appendTail(sbuf);
        System.out.println("StringBuffer: " + sbuf);
        m.reset();
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase() + "<$2>");
        }
        m.appendTail(sb);
        System.out.println("StringBuilder: " + sb);
        Pattern word = Pattern.compile("\\b(\\w)(\\w*)");
        System.out.println(word.matcher("the quick brown fox").replaceAll(r -> r.group(1).toUpperCase() + r.group(2)));
        System.out.println(word.matcher("the quick brown fox").replaceFirst(r -> "[" + r.group() + "]"));
        System.out.println(Pattern.compile("\\d+").matcher("1 22 333").replaceAll(r -> String.valueOf(r.group().length() * 2)));
        try {
            Matcher bad = Pattern.compile("x").matcher("x");
            bad.appendReplacement(new StringBuilder(), "y");
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        try {
            Matcher bad = Pattern.compile("(x)").matcher("x");
            bad.find();
            bad.appendReplacement(new StringBuilder(), "$3");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
    }
}
