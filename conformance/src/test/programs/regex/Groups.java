package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbered, nested, optional, named and non-capturing groups: group, start, end, groupCount. */
public class Groups {
    static void show(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        System.out.println(regex + " on \"" + input + "\" groupCount=" + m.groupCount());
        while (m.find()) {
            StringBuilder sb = new StringBuilder("  match");
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(" ").append(g).append('=').append(m.group(g) == null ? "null" : "\"" + m.group(g) + "\"")
                        .append('[').append(m.start(g)).append(',').append(m.end(g)).append(')');
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        show("(\\d+)-(\\d+)", "10-20, 3-4");
        show("((a)(b(c)))", "abcabc");
        show("(a)?b", "ab b");
        show("(a|(b))+", "abba");
        show("(?:ab)(c)", "abcab");
        show("(x*)(y*)", "xxyyz");
        show("(\\w)(\\w)?", "abc");
        show("((\\d)|([a-z]))+", "a1b2");
        show("()", "ab");
        Matcher named = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})").matcher("on 2024-02-29 and 1999-12-31");
        while (named.find()) {
            System.out.println("year=" + named.group("year") + " month=" + named.group("month") + " day=" + named.group("day")
                    + " start(month)=" + named.start("month") + " end(day)=" + named.end("day") + " group(2)=" + named.group(2));
        }
        Matcher opt = Pattern.compile("(?<a>x)?(?<b>y)").matcher("y");
        opt.find();
        System.out.println("a=" + opt.group("a") + " start(a)=" + opt.start("a") + " b=" + opt.group("b"));
        try {
            opt.group("nosuch");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            opt.group(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            opt.start(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            Pattern.compile("(?<1a>x)");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription());
        }
        try {
            Pattern.compile("(?<n>x)(?<n>y)");
        } catch (java.util.regex.PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription());
        }
        Matcher reuse = Pattern.compile("(a+)(b*)").matcher("aab ab a");
        int n = 0;
        while (reuse.find()) {
            n++;
            System.out.println(n + ": " + reuse.group(1).length() + "/" + reuse.group(2).length());
        }
    }
}
