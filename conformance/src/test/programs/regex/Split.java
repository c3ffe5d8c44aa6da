package regex;

// kiln:pending jdk=25 reason="JDK 25's java.util.regex reaches streams (fork/join) through Locale, docs/CLASS-LIBRARY.md Status"

import java.util.regex.Pattern;

/** String.split and Pattern.split: limits, empty leading and trailing strings, zero-width matches, fast paths. */
public class Split {
    static void s(String input, String regex, int limit) {
        try {
            String[] parts = input.split(regex, limit);
            StringBuilder sb = new StringBuilder("\"" + input + "\".split(\"" + regex + "\", " + limit + ") = " + parts.length + ":");
            for (String p : parts) {
                sb.append(" [").append(p).append(']');
            }
            String[] viaPattern = Pattern.compile(regex).split(input, limit);
            sb.append(viaPattern.length == parts.length ? " same" : " DIFFERENT");
            System.out.println(sb);
        } catch (RuntimeException e) {
            System.out.println("\"" + input + "\".split(\"" + regex + "\") -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"a,b,c", "a,,b,,", ",a,b", "", ",", ",,,", "abc", "a1b22c333", " lead and trail ", "x|y|z", "a.b.c",
                "boo:and:foo", "\u00e9,\u00e8,\ud83d\ude00,x"};
        String[] regexes = {",", ",+", "\\d+", "\\s+", "\\|", "\\.", ".", "", "o", ":", "(?=b)", "(?<=,)", "\\b", "[,:]"};
        int[] limits = {0, -1, 1, 2, 3};
        for (String in : inputs) {
            for (String re : regexes) {
                for (int limit : limits) {
                    s(in, re, limit);
                }
            }
        }
        s("a", "(", 0);
        s("a*b", "*", 0);
        System.out.println(String.join("/", "a:b::c".split(":")) + " " + String.join("/", "one two  three".split(" ")));
    }
}
