package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Backreferences by number and name, case-insensitive ones, and references to groups that did not match. */
public class Backreferences {
    static void all(String regex, int flags, String input) {
        Matcher m = Pattern.compile(regex, flags).matcher(input);
        StringBuilder sb = new StringBuilder(regex + " on \"" + input + "\":");
        while (m.find()) {
            sb.append(" [").append(m.group()).append("]@").append(m.start());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        all("(\\w)\\1", 0, "aabbcd eef");
        all("\\b(\\w+)\\s+\\1\\b", 0, "this is is a test test of the the thing");
        all("(?<q>['\"]).*?\\k<q>", 0, "say 'hi' and \"bye\" or 'mixed\"");
        all("(a)|b\\1", 0, "ab ba b");
        all("(a)?b\\1", 0, "aba b bab");
        all("(\\w)\\1", Pattern.CASE_INSENSITIVE, "aA Bb cC dd");
        all("(\\w)\\1", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "éÉ ßß");
        all("(\\d)(\\d)\\2\\1", 0, "1221 1234 3443");
        all("(x)(y)(z)(a)(b)(c)(d)(e)(f)(g)\\10", 0, "xyzabcdefgg xyzabcdefgx0");
        all("(a+)b\\1", 0, "aabaa aaba abaa");
        all("<(\\w+)>.*?</\\1>", 0, "<b>bold</b> <i>it</b> <i>ok</i>");
        System.out.println("abcabc".matches("(abc)\\1") + " " + "abcab".matches("(abc)\\1") + " " + "aaaa".matches("(a+)\\1"));
        System.out.println("aaaaaaa".matches("^(aa+)\\1+$") + " " + "aaaaaa".matches("^(aa+)\\1+$"));
        try {
            Pattern.compile("\\k<missing>");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription());
        }
        try {
            Pattern.compile("(a)\\2").matcher("aa").matches();
            System.out.println("\\2 without group 2: " + Pattern.compile("(a)\\2").matcher("aa").find());
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription());
        }
    }
}
