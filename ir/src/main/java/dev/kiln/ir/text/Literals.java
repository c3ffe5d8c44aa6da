package dev.kiln.ir.text;

import dev.kiln.ir.JType;

/**
 * Constant literals, shared by {@code const} and field constant values: {@code int 5}, {@code long -1},
 * {@code float 1.5}, {@code double -0.0}, {@code string "a\n"}, {@code null}, {@code class int[]}.
 *
 * <p>Floating-point literals must survive print → parse bit for bit and print the same on every JDK: finite
 * values are the shortest decimal that reads back to the same bits ({@link ShortestDecimal}); the special
 * values use the
 * WebAssembly text format's spelling: {@code inf}, {@code -inf}, {@code nan} (the canonical quiet NaN),
 * {@code nan:0x1} (any other payload, the mantissa bits in hex), with a leading {@code -} when the sign
 * bit is set. Strings escape everything outside printable ASCII as {@code \}{@code uXXXX} per UTF-16 unit,
 * so unpaired surrogates survive and listings stay ASCII.
 */
final class Literals {
    private static final int FLOAT_QUIET = 0x400000;
    private static final long DOUBLE_QUIET = 0x8000000000000L;

    private Literals() {}

    /**
     * The literal for a constant value (see {@link dev.kiln.ir.Insn.Const}). Any other object prints as
     * {@code invalid <class>}, which does not parse: the verifier reports it, and printing must not fail.
     */
    static String format(Object value) {
        if (value == null) return "null";
        if (value instanceof Integer i) return "int " + i;
        if (value instanceof Long l) return "long " + l;
        if (value instanceof Float f) return "float " + formatFloat(f);
        if (value instanceof Double d) return "double " + formatDouble(d);
        if (value instanceof String s) return "string " + quote(s);
        if (value instanceof JType t) return "class " + t;
        return "invalid " + value.getClass().getName();
    }

    /** Reads a literal written by {@link #format}. */
    static Object parse(Cursor c) {
        String kind = c.word();
        return switch (kind) {
            case "null" -> null;
            case "int" -> c.intLiteral();
            case "long" -> c.longLiteral();
            case "float" -> parseFloat(c);
            case "double" -> parseDouble(c);
            case "string" -> c.stringLiteral();
            case "class" -> c.type();
            default -> throw c.error("expected a literal kind (int, long, float, double, string, class, null), found '" + kind + "'");
        };
    }

    private static String formatFloat(float f) {
        int bits = Float.floatToRawIntBits(f);
        String sign = bits < 0 ? "-" : "";
        if (Float.isNaN(f)) {
            int payload = bits & 0x7fffff;
            return sign + (payload == FLOAT_QUIET ? "nan" : "nan:0x" + Integer.toHexString(payload));
        }
        if (Float.isInfinite(f)) return sign + "inf";
        return ShortestDecimal.of(f);
    }

    private static String formatDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (Double.isNaN(d)) {
            long payload = bits & 0xfffffffffffffL;
            return sign + (payload == DOUBLE_QUIET ? "nan" : "nan:0x" + Long.toHexString(payload));
        }
        if (Double.isInfinite(d)) return sign + "inf";
        return ShortestDecimal.of(d);
    }

    private static Float parseFloat(Cursor c) {
        int start = c.position();
        String token = c.token();
        boolean negative = token.startsWith("-");
        String magnitude = negative ? token.substring(1) : token;
        int sign = negative ? 0x80000000 : 0;
        if (magnitude.equals("inf")) return Float.intBitsToFloat(sign | 0x7f800000);
        if (magnitude.equals("nan")) return Float.intBitsToFloat(sign | 0x7f800000 | FLOAT_QUIET);
        if (magnitude.startsWith("nan:0x")) {
            int payload = (int) hex(c, start, magnitude.substring(6), 0x7fffffL);
            return Float.intBitsToFloat(sign | 0x7f800000 | payload);
        }
        try {
            return Float.parseFloat(token);
        } catch (NumberFormatException e) {
            throw c.errorAt(start, "bad float literal '" + token + "'");
        }
    }

    private static Double parseDouble(Cursor c) {
        int start = c.position();
        String token = c.token();
        boolean negative = token.startsWith("-");
        String magnitude = negative ? token.substring(1) : token;
        long sign = negative ? Long.MIN_VALUE : 0;
        if (magnitude.equals("inf")) return Double.longBitsToDouble(sign | 0x7ff0000000000000L);
        if (magnitude.equals("nan")) return Double.longBitsToDouble(sign | 0x7ff0000000000000L | DOUBLE_QUIET);
        if (magnitude.startsWith("nan:0x")) {
            long payload = hex(c, start, magnitude.substring(6), 0xfffffffffffffL);
            return Double.longBitsToDouble(sign | 0x7ff0000000000000L | payload);
        }
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw c.errorAt(start, "bad double literal '" + token + "'");
        }
    }

    /** A NaN payload: non-zero (zero would be infinity) and within the mantissa. */
    private static long hex(Cursor c, int start, String digits, long mask) {
        try {
            long payload = Long.parseUnsignedLong(digits, 16);
            if (payload == 0 || (payload & ~mask) != 0) throw c.errorAt(start, "NaN payload 0x" + digits + " out of range");
            return payload;
        } catch (NumberFormatException e) {
            throw c.errorAt(start, "bad NaN payload '" + digits + "'");
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch >= 0x20 && ch < 0x7f) sb.append(ch);
                    else sb.append(String.format("\\u%04x", (int) ch));
                }
            }
        }
        return sb.append('"').toString();
    }
}
