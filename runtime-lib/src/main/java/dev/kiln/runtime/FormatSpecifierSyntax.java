package dev.kiln.runtime;

/**
 * Finds the parts of one format specifier of {@link java.util.Formatter}'s syntax, as the class's
 * specification gives it: {@code %[argument_index$][flags][width][.precision]conversion}, where a date/time
 * conversion is {@code t} or {@code T} followed by its suffix character. JDK 17's {@code Formatter} finds these
 * parts with the regular expression its documentation implies,
 * {@code %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%])}, which made {@code java.util.regex} and the
 * Unicode script and block tables (about 200 KB) part of every program that formats; this scanner reports the
 * same six groups the same way (docs/CLASS-LIBRARY.md, {@code java.util.Formatter}).
 *
 * <p>No backtracking is needed: each part is the longest run of its characters, because no later part can
 * start with a character an earlier one gave back (flags and width share only {@code 0}, and a width taking the
 * flags' trailing zeros ends where it would have ended anyway). The one exception is a {@code t} or {@code T}
 * not followed by a conversion character: it is then the conversion itself, as the expression's optional
 * group gives it back. {@code FormatSpecifierSyntaxTest} compares every group with the expression's.
 */
public final class FormatSpecifierSyntax {
    /** The flag characters of the specifier syntax, in the order of the specification's table. */
    private static final String FLAGS = "-#+ 0,(<";

    private FormatSpecifierSyntax() {
    }

    /**
     * Scans the specifier whose {@code %} is at {@code percent} in {@code s}. On a match, fills {@code groups}
     * with the start and end of the six parts (argument index with its {@code $}, flags, width, precision with
     * its {@code .}, the {@code t}/{@code T} prefix, the conversion character) in the manner of
     * {@code Matcher.start(g)} and {@code end(g)}: -1 for a part that is absent, the flags always present
     * (possibly empty), and returns the end of the specifier. Returns -1 when the text at {@code percent} is
     * not a specifier.
     */
    public static int scan(String s, int percent, int[] groups) {
        int n = s.length();
        int p = percent + 1;
        // 1: the argument index, digits and a dollar sign.
        int q = digits(s, p, n);
        if (q > p && q < n && s.charAt(q) == '$') {
            set(groups, 1, p, q + 1);
            p = q + 1;
        } else {
            set(groups, 1, -1, -1);
        }
        // 2: the flags, always there (empty when there are none).
        q = p;
        while (q < n && FLAGS.indexOf(s.charAt(q)) >= 0) q++;
        set(groups, 2, p, q);
        p = q;
        // 3: the width.
        q = digits(s, p, n);
        if (q > p) {
            set(groups, 3, p, q);
            p = q;
        } else {
            set(groups, 3, -1, -1);
        }
        // 4: the precision, a dot and at least one digit.
        if (p < n && s.charAt(p) == '.' && (q = digits(s, p + 1, n)) > p + 1) {
            set(groups, 4, p, q);
            p = q;
        } else {
            set(groups, 4, -1, -1);
        }
        // 5 and 6: the date/time prefix and the conversion.
        if (p + 1 < n && (s.charAt(p) == 't' || s.charAt(p) == 'T') && isConversion(s.charAt(p + 1))) {
            set(groups, 5, p, p + 1);
            p++;
        } else {
            set(groups, 5, -1, -1);
        }
        if (p < n && isConversion(s.charAt(p))) {
            set(groups, 6, p, p + 1);
            set(groups, 0, percent, p + 1);
            return p + 1;
        }
        return -1;
    }

    private static int digits(String s, int from, int n) {
        int i = from;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }

    private static boolean isConversion(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static void set(int[] groups, int group, int start, int end) {
        groups[2 * group] = start;
        groups[2 * group + 1] = end;
    }
}
