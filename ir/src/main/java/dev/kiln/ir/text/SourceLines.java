package dev.kiln.ir.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The meaningful lines of an IR text: comments ({@code ;} to the end of the line, outside string
 * literals) removed, blank lines dropped, line numbers kept for error messages. The IR text is line
 * oriented (one block label, handler, phi or instruction per line), so parsers walk these lines in order.
 */
final class SourceLines {
    /** One non-blank line; {@code text} keeps its indentation so error columns match the source. */
    record Line(int number, String text) {
        String content() { return text.strip(); }
        Cursor cursor() { return new Cursor(text, number); }
    }

    private final List<Line> lines;
    private int next;

    SourceLines(String source) {
        lines = new ArrayList<>();
        String[] raw = source.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = stripComment(raw[i]).stripTrailing();
            if (!text.isBlank()) lines.add(new Line(i + 1, text));
        }
    }

    boolean hasNext() { return next < lines.size(); }

    Line peek() { return hasNext() ? lines.get(next) : null; }

    /** The next line; running out is an error since every caller still expects something. */
    Line next(String expected) {
        if (!hasNext()) {
            int last = lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number();
            throw new IrParseException(last, 1, "unexpected end of text, expected " + expected, null);
        }
        return lines.get(next++);
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString && c == '\\') i++;
            else if (c == '"') inString = !inString;
            else if (c == ';' && !inString) return line.substring(0, i);
        }
        return line;
    }
}
