package dev.kiln.runtime;

import java.util.ArrayList;

/**
 * {@code String.split} at a regular expression that matches one character only (a character that is no
 * metacharacter, or a backslash and one that is no ASCII letter or digit), or a run of one such character (the
 * same followed by {@code +}, as in {@code " +"}), without {@code java.util.regex}: the frontend's
 * {@code LiteralRegexCalls} calls these instead of {@code split} when the expression is such a constant. A run is
 * matched whole, as the greedy {@code +} does. The result follows {@code Pattern.split}: no match gives the whole
 * string; a match at the start
 * gives a leading empty string (the match has a width); a positive limit caps the number of parts, the last
 * one holding the rest; a limit of zero drops trailing empty strings, a negative one keeps them.
 */
public final class LiteralSplit {
    private LiteralSplit() {
    }

    /** {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return split(s, regex, 0);
    }

    /** {@code s.split(regex, limit)}. */
    public static String[] split(String s, String regex, int limit) {
        boolean escaped = regex.charAt(0) == '\\';
        char separator = regex.charAt(escaped ? 1 : 0);
        boolean run = regex.length() == (escaped ? 3 : 2);
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        int next;
        while ((next = s.indexOf(separator, start)) >= 0) {
            if (limit > 0 && parts.size() == limit - 1) {
                break;
            }
            parts.add(s.substring(start, next));
            start = next + 1;
            while (run && start < s.length() && s.charAt(start) == separator) {
                start++;
            }
        }
        if (start == 0) {
            return new String[] {s};
        }
        parts.add(s.substring(start));
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }
}
