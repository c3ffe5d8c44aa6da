package dev.kiln.runtime;

/**
 * The line-wise text methods of {@code String} that Java SE 12 and 15 added for text blocks:
 * {@code indent}, {@code stripIndent} and {@code translateEscapes}, written from their specification.
 *
 * <p>Lines are what {@code String.lines()} yields: split at {@code \n}, {@code \r} and {@code \r\n}, with no
 * empty line after a final terminator. White space is {@link Character#isWhitespace(char)}, one char at a time
 * (every white space character is in the BMP). No streams, so that these methods do not bring the stream
 * pipeline into a program.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    /**
     * {@code s} with {@code n} spaces added at the start of every line ({@code n > 0}) or up to {@code -n}
     * leading white space chars removed ({@code n < 0}), every line ended by {@code \n}; empty for an empty
     * string.
     */
    public static String indent(String s, int n) {
        int length = s.length();
        if (length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(length + 16);
        int start = 0;
        while (start < length) {
            int end = lineEnd(s, start);
            int from = start;
            if (n > 0) {
                for (int k = 0; k < n; k++) {
                    sb.append(' ');
                }
            } else {
                for (int budget = n; budget < 0 && from < end && Character.isWhitespace(s.charAt(from)); budget++) {
                    from++;
                }
            }
            sb.append(s, from, end).append('\n');
            start = nextLineStart(s, end);
        }
        return sb.toString();
    }

    /**
     * {@code s} without incidental white space: the smallest indentation of its non-blank lines (and of its
     * last line, even when blank; an empty one when {@code s} ends with a line terminator) removed from every
     * non-blank line, trailing white space removed, blank lines emptied, lines joined with {@code \n}, and a
     * final {@code \n} when {@code s} ends with a terminator.
     */
    public static String stripIndent(String s) {
        int length = s.length();
        if (length == 0) {
            return "";
        }
        char last = s.charAt(length - 1);
        boolean endsWithTerminator = last == '\n' || last == '\r';
        int min = endsWithTerminator ? 0 : Integer.MAX_VALUE;
        for (int start = 0; start < length; ) {
            int end = lineEnd(s, start);
            int lead = leadingWhitespace(s, start, end);
            int next = nextLineStart(s, end);
            if (lead < end - start || next >= length) {
                min = Math.min(min, lead);
            }
            start = next;
        }
        StringBuilder sb = new StringBuilder(length);
        for (int start = 0; start < length; ) {
            int end = lineEnd(s, start);
            if (start > 0) {
                sb.append('\n');
            }
            int lead = leadingWhitespace(s, start, end);
            if (lead < end - start) {
                int stop = end;
                while (Character.isWhitespace(s.charAt(stop - 1))) {
                    stop--;
                }
                sb.append(s, start + min, stop);
            }
            start = nextLineStart(s, end);
        }
        if (endsWithTerminator) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * {@code s} with its escape sequences translated as in a string literal: {@code \b \t \n \f \r \s \" \' \\},
     * octal escapes up to {@code \377}, and a backslash before a line terminator removing both.
     *
     * @throws IllegalArgumentException for any other escape (a final lone backslash escapes U+0000), worded
     *     as the JDK words it: {@code Invalid escape sequence: \q \\u0071}
     */
    public static String translateEscapes(String s) {
        int length = s.length();
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            char c = s.charAt(i++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = i < length ? s.charAt(i++) : '\0';
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 's' -> sb.append(' ');
                case '\'', '"', '\\' -> sb.append(e);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int more = e <= '3' ? 2 : 1; more > 0 && i < length && isOctal(s.charAt(i)); more--) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    sb.append((char) v);
                }
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < length && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                default -> throw new IllegalArgumentException("Invalid escape sequence: \\" + e + " \\\\u" + hex4(e));
            }
        }
        return sb.toString();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static String hex4(char c) {
        String digits = "0123456789ABCDEF";
        return new String(new char[] {digits.charAt(c >> 12), digits.charAt((c >> 8) & 15), digits.charAt((c >> 4) & 15), digits.charAt(c & 15)});
    }

    private static int lineEnd(String s, int start) {
        int i = start;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String s, int end) {
        if (end >= s.length()) {
            return end;
        }
        if (s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static int leadingWhitespace(String s, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i - start;
    }
}
