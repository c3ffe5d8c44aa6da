package dev.kiln.ir.text;

import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pieces of one line of IR text left to right: words, types, member references, value and
 * block names, literals. Every reader skips leading spaces first, and every failure becomes an
 * {@link IrParseException} pointing at the offending column.
 */
final class Cursor {
    private final String text;
    private final int lineNumber;
    private int pos;

    Cursor(String text, int lineNumber) {
        this.text = text;
        this.lineNumber = lineNumber;
    }

    int position() {
        skipSpaces();
        return pos;
    }

    boolean atEnd() {
        skipSpaces();
        return pos == text.length();
    }

    void expectEnd() {
        if (!atEnd()) throw error("unexpected '" + text.substring(pos) + "'");
    }

    /** True if the rest of the line starts with {@code s} (after spaces). */
    boolean peek(String s) {
        skipSpaces();
        return text.startsWith(s, pos);
    }

    boolean tryConsume(String s) {
        if (!peek(s)) return false;
        pos += s.length();
        return true;
    }

    void expect(String s) {
        if (!tryConsume(s)) throw error("expected '" + s + "'");
    }

    /** A keyword or name: identifier characters and dots, e.g. {@code invoke.virtual}, {@code public}. */
    String word() {
        int start = position();
        while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
        if (pos == start) throw error("expected a word");
        return text.substring(start, pos);
    }

    void expectWord(String keyword) {
        int start = position();
        String w = word();
        if (!w.equals(keyword)) throw errorAt(start, "expected '" + keyword + "', found '" + w + "'");
    }

    /** Everything up to the next space or comma: a number in any of its spellings. */
    String token() {
        int start = position();
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ',') pos++;
        if (pos == start) throw error("expected a literal");
        return text.substring(start, pos);
    }

    /** A type in source syntax, {@code int}, {@code java.lang.String[][]}, {@code null}. */
    JType type() {
        int start = position();
        while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
        while (text.startsWith("[]", pos)) pos += 2;
        if (pos == start) throw error("expected a type");
        try {
            return JType.parse(text.substring(start, pos));
        } catch (IllegalArgumentException e) {
            throw errorAt(start, e.getMessage());
        }
    }

    /** {@code owner.name(params)ret}, the form of {@link MethodRef#toString()}. */
    MethodRef methodRef() {
        int start = position();
        int open = text.indexOf('(', pos);
        int space = indexOfSpace(pos);
        if (open < 0 || open > space) throw error("expected a method reference owner.name(params)ret");
        String qualified = text.substring(start, open);
        int dot = qualified.lastIndexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) throw errorAt(start, "expected owner.name before '('");
        pos = open;
        return new MethodRef(qualified.substring(0, dot), qualified.substring(dot + 1), signature());
    }

    /** {@code name(params)ret} without an owner, as in a class's method declarations. */
    String methodName() {
        int start = position();
        int open = text.indexOf('(', pos);
        if (open <= start || open > indexOfSpace(pos)) throw error("expected a method name and signature");
        pos = open;
        return text.substring(start, open);
    }

    /** {@code (params)ret}. */
    MethodSig signature() {
        expect("(");
        List<JType> params = new ArrayList<>();
        if (!tryConsume(")")) {
            do params.add(type()); while (tryConsume(","));
            expect(")");
        }
        return new MethodSig(params, type());
    }

    /** {@code owner.name:type}, the form of {@link FieldRef#toString()}. */
    FieldRef fieldRef() {
        int start = position();
        int colon = text.indexOf(':', pos);
        if (colon < 0 || colon > indexOfSpace(pos)) throw error("expected a field reference owner.name:type");
        String qualified = text.substring(start, colon);
        int dot = qualified.lastIndexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) throw errorAt(start, "expected owner.name before ':'");
        pos = colon + 1;
        return new FieldRef(qualified.substring(0, dot), qualified.substring(dot + 1), type());
    }

    /** The number of a {@code v12} value name. */
    int valueId() {
        return prefixedNumber('v', "a value (v0, v1, ...)");
    }

    /** The number of a {@code b3} block name. */
    int blockId() {
        return prefixedNumber('b', "a block (b0, b1, ...)");
    }

    boolean peekValue() {
        skipSpaces();
        return pos + 1 < text.length() && text.charAt(pos) == 'v' && isDigit(text.charAt(pos + 1));
    }

    int intLiteral() {
        int start = position();
        String digits = signedDigits();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw errorAt(start, "bad int '" + digits + "'");
        }
    }

    long longLiteral() {
        int start = position();
        String digits = signedDigits();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw errorAt(start, "bad long '" + digits + "'");
        }
    }

    /** A double-quoted string with the escapes {@link Literals#quote} writes. */
    String stringLiteral() {
        expect("\"");
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw error("unterminated string");
            char ch = text.charAt(pos++);
            if (ch == '"') return sb.toString();
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (pos >= text.length()) throw error("unterminated string");
            char esc = text.charAt(pos++);
            switch (esc) {
                case '"', '\\' -> sb.append(esc);
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(unicodeEscape());
                default -> throw errorAt(pos - 2, "unknown escape '\\" + esc + "'");
            }
        }
    }

    IrParseException error(String message) {
        return errorAt(pos, message);
    }

    IrParseException errorAt(int position, String message) {
        return new IrParseException(lineNumber, position + 1, message, text);
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) throw error("expected four hex digits after \\u");
        try {
            char ch = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return ch;
        } catch (NumberFormatException e) {
            throw error("expected four hex digits after \\u");
        }
    }

    private int prefixedNumber(char prefix, String what) {
        int start = position();
        if (pos >= text.length() || text.charAt(pos) != prefix) throw error("expected " + what);
        pos++;
        int digitsStart = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        if (pos == digitsStart) throw errorAt(start, "expected " + what);
        try {
            return Integer.parseInt(text.substring(digitsStart, pos));
        } catch (NumberFormatException e) {
            throw errorAt(start, "number too large in " + text.substring(start, pos));
        }
    }

    private String signedDigits() {
        int start = position();
        if (pos < text.length() && text.charAt(pos) == '-') pos++;
        while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        if (pos == start || text.charAt(pos - 1) == '-') throw errorAt(start, "expected a number");
        return text.substring(start, pos);
    }

    private int indexOfSpace(int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return c == '.' || (Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
}
