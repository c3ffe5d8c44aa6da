package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compile flags and their inline forms: CASE_INSENSITIVE, UNICODE_CASE, MULTILINE, DOTALL, COMMENTS, LITERAL, UNIX_LINES. */
public class Flags {
    static void all(Pattern p, String input) {
        Matcher m = p.matcher(input);
        StringBuilder sb = new StringBuilder("/" + p.pattern() + "/" + p.flags() + " on " + input.replace("\n", "\\n").replace("\r", "\\r") + ":");
        while (m.find()) {
            sb.append(" [").append(m.group().replace("\n", "\\n").replace("\r", "\\r")).append("]@").append(m.start());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String text = "Hello\nHELLO world\r\nhello\u0085ÉCOLE école Straße STRASSE";
        all(Pattern.compile("hello"), text);
        all(Pattern.compile("hello", Pattern.CASE_INSENSITIVE), text);
        all(Pattern.compile("(?i)hello"), text);
        all(Pattern.compile("(?i)école"), text);
        all(Pattern.compile("(?iu)école"), text);
        all(Pattern.compile("école", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), text);
        all(Pattern.compile("^\\w+"), text);
        all(Pattern.compile("^\\w+", Pattern.MULTILINE), text);
        all(Pattern.compile("(?m)\\w+$"), text);
        all(Pattern.compile("(?m)^.", Pattern.UNIX_LINES), text);
        all(Pattern.compile("(?md)^.+$"), text);
        all(Pattern.compile("o.w"), "hello\nworld hello world");
        all(Pattern.compile("o.w", Pattern.DOTALL), "hello\nworld hello world");
        all(Pattern.compile("(?s)o.w"), "hello\nworld");
        all(Pattern.compile(".", Pattern.UNIX_LINES), "a\rb\nc");
        all(Pattern.compile("."), "a\rb\nc\u2028d\u0085e");
        all(Pattern.compile("\\d+ # digits\n  \\s* # then space", Pattern.COMMENTS), "12 34  56");
        all(Pattern.compile("(?x) [a-c] + "), "aabbcc dd");
        all(Pattern.compile("a.b*", Pattern.LITERAL), "xa.b*y a.bbb");
        all(Pattern.compile("A.B", Pattern.LITERAL | Pattern.CASE_INSENSITIVE), "xa.by A.B");
        all(Pattern.compile("(?i:ab)c"), "ABc ABC abc");
        all(Pattern.compile("a(?-i)b", Pattern.CASE_INSENSITIVE), "AB Ab aB ab");
        all(Pattern.compile("(?i)[a-c]+"), "xABCabcx");
        all(Pattern.compile("(?i)[^a-c]+"), "xABCabcx");
        all(Pattern.compile("(?i)\u0130"), "i I \u0130 \u0131");
        all(Pattern.compile("(?iu)\u0130"), "i I \u0130 \u0131");
        all(Pattern.compile("(?i)ß"), "ß SS ẞ");
        all(Pattern.compile("(?iu)ß"), "ß SS ẞ");
        all(Pattern.compile("(?iu)σ"), "Σ σ ς");
        all(Pattern.compile("(?iu)k"), "K k \u212a");
        all(Pattern.compile("(?i)k"), "K k \u212a");
        Pattern p = Pattern.compile("x", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL);
        System.out.println(p.flags() + " " + Pattern.compile("(?i)x").flags() + " " + p.toString());
        System.out.println(Pattern.CASE_INSENSITIVE + " " + Pattern.MULTILINE + " " + Pattern.DOTALL + " " + Pattern.UNICODE_CASE
                + " " + Pattern.CANON_EQ + " " + Pattern.UNIX_LINES + " " + Pattern.LITERAL + " " + Pattern.UNICODE_CHARACTER_CLASS
                + " " + Pattern.COMMENTS);
        try {
            Pattern.compile("x", 0x10000);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        all(Pattern.compile("abc", Pattern.CANON_EQ), "xabcx");
    }
}
