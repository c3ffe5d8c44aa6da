package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** matches, lookingAt, find with start/end/group, regions, hitEnd and requireEnd. */
public class FindAndMatch {
    static void all(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder sb = new StringBuilder(regex + " in \"" + input + "\":");
        while (m.find()) {
            sb.append(" [").append(m.start()).append(',').append(m.end()).append(")=\"").append(m.group()).append('"');
        }
        sb.append(" hitEnd=").append(m.hitEnd());
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String[][] cases = {
            {"a", "banana"}, {"an", "banana"}, {"a*", "baaac"}, {"a+", "baaac"}, {"", "abc"}, {"\\d+", "a1b22c333"},
            {"[aeiou]", "education"}, {"x?", "xx"}, {"b|an", "banana"}, {"(ab)+", "ababxab"}, {".", "a\nb"},
            {"\\bcat\\b", "cat concat cat."}, {"^\\w+", "hello world"}, {"\\w+$", "hello world"}, {"colou?r", "color colour"},
            {"[A-Z][a-z]*", "Hello World Foo bar"}, {"\\s+", " a  b\t\tc\n"}, {"a{2,3}", "aaaaaaa"}, {"(?:x|y)z", "xzyzzz"},
            {"z*", "zazz"}, {"\\.", "a.b.c"}, {"[^abc]+", "abcdefabc"}, {"[\\[\\]]", "[x]"}, {"\\p{Upper}{2}", "ABcDEF"},
        };
        for (String[] c : cases) {
            all(c[0], c[1]);
        }
        String[][] whole = {{"a*b", "aaab"}, {"a*b", "aaabc"}, {"\\d{3}-\\d{4}", "555-1234"}, {"(?i)hello", "HeLLo"},
                {"[a-z]+@[a-z]+\\.com", "me@example.com"}, {"[a-z]+@[a-z]+\\.com", "me@example.org"}, {"", ""}, {"a|", ""}};
        for (String[] w : whole) {
            Matcher m = Pattern.compile(w[0]).matcher(w[1]);
            System.out.println(w[0] + " ~ " + w[1] + ": matches=" + m.matches() + " lookingAt=" + m.lookingAt()
                    + " Pattern.matches=" + Pattern.matches(w[0], w[1]) + " String.matches=" + w[1].matches(w[0]));
        }
        Matcher m = Pattern.compile("\\d").matcher("a1b2c3d4");
        m.region(2, 6);
        System.out.print("region " + m.regionStart() + "-" + m.regionEnd() + ":");
        while (m.find()) {
            System.out.print(" " + m.group() + "@" + m.start());
        }
        System.out.println();
        m.reset();
        System.out.println("reset find(5): " + m.find(5) + " " + m.group() + " @" + m.start());
        Matcher anchors = Pattern.compile("^\\d").matcher("x1y2");
        anchors.region(1, 4);
        System.out.println("anchoring bounds: " + anchors.find() + " " + anchors.hasAnchoringBounds());
        anchors.reset().region(1, 4).useAnchoringBounds(false);
        System.out.println("no anchoring bounds: " + anchors.find());
        Matcher look = Pattern.compile("\\bb").matcher("abc");
        look.region(1, 3);
        System.out.println("transparent=" + look.hasTransparentBounds() + " find=" + look.find());
        look.reset().region(1, 3).useTransparentBounds(true);
        System.out.println("transparent=" + look.hasTransparentBounds() + " find=" + look.find());
        Matcher end = Pattern.compile("abc|abcd").matcher("ab");
        System.out.println("hitEnd " + end.find() + " " + end.hitEnd() + " " + end.requireEnd());
        Matcher dollar = Pattern.compile("a$").matcher("a");
        System.out.println("requireEnd " + dollar.find() + " " + dollar.hitEnd() + " " + dollar.requireEnd());
        try {
            Pattern.compile("x").matcher("y").group();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        try {
            m.find(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            m.region(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
        Matcher t = Pattern.compile("(\\d)(\\d)").matcher("12 34");
        t.find();
        java.util.regex.MatchResult r = t.toMatchResult();
        t.find();
        System.out.println("saved " + r.group() + " " + r.start(2) + " now " + t.group() + " groups " + r.groupCount());
        System.out.println(t.pattern() + " " + t.pattern().pattern() + " " + Pattern.compile("a+b").toString());
    }
}
