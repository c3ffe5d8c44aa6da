package dev.kiln.bench.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON: serialises a generated document of 2,000 records (objects, arrays, strings with escapes, numbers, booleans) to
 * text, parses the text back with a recursive-descent parser into maps and lists, and serialises that again.
 */
public final class Json {
    private Json() {
    }

    static Object document(int records) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", (long) i);
            r.put("name", "record \"" + i + "\"\n");
            r.put("active", i % 3 == 0);
            r.put("scores", List.of((long) i % 7, (long) i % 11, (long) i * 13 % 17));
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put("x", (long) -i);
            nested.put("tag", i % 2 == 0 ? "even" : null);
            r.put("nested", nested);
            list.add(r);
        }
        return list;
    }

    static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                write(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(',');
                write(l.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** A recursive-descent parser over {@code text}. */
    static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            char c = text.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return m;
                }
                while (true) {
                    String key = (String) value();
                    expect(':');
                    m.put(key, value());
                    if (text.charAt(pos++) == '}') return m;
                }
            }
            if (c == '[') {
                pos++;
                List<Object> l = new ArrayList<>();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    if (text.charAt(pos++) == ']') return l;
                }
            }
            if (c == '"') return string();
            if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return true;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return false;
            }
            int start = pos;
            if (c == '-') pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            return Long.parseLong(text.substring(start, pos));
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    sb.append(e == 'n' ? '\n' : e);
                } else {
                    sb.append(c);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(pos++) != c) throw new IllegalStateException("expected " + c + " at " + (pos - 1));
        }
    }

    static long roundTrip(Object document) {
        StringBuilder first = new StringBuilder();
        write(document, first);
        Object parsed = new Parser(first.toString()).value();
        StringBuilder second = new StringBuilder();
        write(parsed, second);
        if (!first.toString().equals(second.toString())) throw new IllegalStateException("the round trip changed the document");
        return second.length() * 31L + second.toString().hashCode();
    }

    public static void main(String[] args) {
        Object document = document(2_000);
        Bench.run("json", args, 10, EXPECTED, () -> roundTrip(document));
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = -1_195_598_601L;
}
