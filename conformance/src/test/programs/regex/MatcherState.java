package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Matcher's state across reset, usePattern, region changes, toMatchResult and failed matches. */
public class MatcherState {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(\\w+)@(\\w+)").matcher("x@y and p@q");
        System.out.println(m.find() + " " + m.group() + " " + m.start() + " " + m.end());
        MatchResult first = m.toMatchResult();
        System.out.println(m.find() + " " + m.group(2));
        System.out.println(m.find());
        try {
            m.group();
        } catch (IllegalStateException e) {
            System.out.println("after failed find: " + e.getMessage());
        }
        System.out.println("saved still: " + first.group() + " " + first.group(1) + " " + first.start(2) + " " + first.end());
        m.reset("a@b");
        System.out.println(m.matches() + " " + m.group(1) + " " + m.groupCount());
        m.usePattern(Pattern.compile("(\\w)"));
        System.out.println(m.groupCount() + " " + m.find());
        m.reset();
        System.out.println(m.find() + " " + m.group());
        m.reset();
        int count = 0;
        while (m.find()) {
            count++;
        }
        System.out.println("count " + count);
        try {
            m.usePattern(null);
        } catch (IllegalArgumentException e) {
            System.out.println("usePattern(null): " + e.getMessage());
        }
        Matcher empty = Pattern.compile("").matcher("ab");
        StringBuilder sb = new StringBuilder();
        while (empty.find()) {
            sb.append(empty.start()).append(',');
        }
        System.out.println("empty matches at " + sb);
        Matcher lookingAt = Pattern.compile("ab").matcher("abab");
        System.out.println(lookingAt.lookingAt() + " " + lookingAt.end() + " " + lookingAt.find() + " " + lookingAt.start());
        Matcher toString = Pattern.compile("b").matcher("abc");
        toString.find();
        System.out.println(toString.toString().replaceAll("\\[.*?pattern=", "[pattern="));
        Matcher regionEnd = Pattern.compile("c$").matcher("abcd");
        regionEnd.region(0, 3);
        System.out.println("region $: " + regionEnd.find());
        MatchResult none = Pattern.compile("z").matcher("abc").toMatchResult();
        try {
            none.group();
        } catch (IllegalStateException e) {
            System.out.println("no match result: " + e.getMessage());
        }
        Pattern p = Pattern.compile(",");
        System.out.println(p.split("a,b,,c,,").length + " " + p.matcher("a,b").replaceAll(";") + " " + p.pattern());
        CharSequence cs = new StringBuilder("x1y22z333");
        Matcher onBuilder = Pattern.compile("\\d+").matcher(cs);
        StringBuilder found = new StringBuilder();
        while (onBuilder.find()) {
            found.append(onBuilder.group()).append('|');
        }
        System.out.println("on a StringBuilder: " + found);
        System.out.println(Pattern.compile("\\d+").asPredicate().test("ab1") + " " + Pattern.compile("\\d+").asMatchPredicate().test("ab1"));
    }
}
