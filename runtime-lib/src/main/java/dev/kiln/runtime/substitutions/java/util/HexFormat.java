package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The methods of {@code HexFormat} that build their result as Latin-1 bytes and turn them into a String
 * through {@code JavaLangAccess.newStringNoRepl} (JDK 17) or {@code uncheckedNewStringNoRepl} (JDK 25), which a
 * Kiln program does not have: the substitutes write the same digits ({@code toHighHexDigit} and
 * {@code toLowHexDigit} of each byte, most significant first) into a char array instead. The optimised
 * {@code formatHex} path keeps its conditions and its size check, so it returns the same strings and null in
 * the same cases.
 */
final class HexFormat {
    @Alias
    private String delimiter;
    @Alias
    private String prefix;
    @Alias
    private String suffix;

    private HexFormat() {
    }

    @Alias
    public native char toHighHexDigit(int value);

    @Alias
    public native char toLowHexDigit(int value);

    @Alias
    private static native int checkMaxArraySize(long length);

    /** Formats without prefix and suffix, with no delimiter or a one-char Latin-1 one; else null. */
    @Substitute
    private String formatOptDelimiter(byte[] bytes, int fromIndex, int toIndex) {
        if (!prefix.isEmpty() || !suffix.isEmpty()) {
            return null;
        }
        int length = toIndex - fromIndex;
        char[] rep;
        if (delimiter.isEmpty()) {
            rep = new char[checkMaxArraySize(length * 2L)];
            for (int i = 0; i < length; i++) {
                rep[i * 2] = toHighHexDigit(bytes[fromIndex + i]);
                rep[i * 2 + 1] = toLowHexDigit(bytes[fromIndex + i]);
            }
        } else if (delimiter.length() == 1 && delimiter.charAt(0) < 256) {
            char sep = delimiter.charAt(0);
            rep = new char[checkMaxArraySize(length * 3L - 1L)];
            rep[0] = toHighHexDigit(bytes[fromIndex]);
            rep[1] = toLowHexDigit(bytes[fromIndex]);
            for (int i = 1; i < length; i++) {
                rep[i * 3 - 1] = sep;
                rep[i * 3] = toHighHexDigit(bytes[fromIndex + i]);
                rep[i * 3 + 1] = toLowHexDigit(bytes[fromIndex + i]);
            }
        } else {
            return null;
        }
        return new String(rep);
    }

    @Substitute
    public String toHexDigits(byte value) {
        return digits(value, 1);
    }

    @Substitute
    public String toHexDigits(short value) {
        return digits(value, 2);
    }

    @Substitute
    public String toHexDigits(int value) {
        return digits(value, 4);
    }

    @Substitute
    public String toHexDigits(long value) {
        return digits(value, 8);
    }

    @Substitute
    public String toHexDigits(long value, int digits) {
        if (digits < 0 || digits > 16) {
            throw new IllegalArgumentException("number of digits: " + digits);
        }
        if (digits == 0) {
            return "";
        }
        char[] rep = new char[digits];
        for (int i = rep.length - 1; i >= 0; i--) {
            rep[i] = toLowHexDigit((byte) value);
            value >>>= 4;
        }
        return new String(rep);
    }

    /** The two digits of each of the low {@code bytes} bytes of {@code value}, most significant first. */
    private String digits(long value, int bytes) {
        char[] rep = new char[2 * bytes];
        for (int i = 0; i < bytes; i++) {
            byte b = (byte) (value >> (8 * (bytes - 1 - i)));
            rep[2 * i] = toHighHexDigit(b);
            rep[2 * i + 1] = toLowHexDigit(b);
        }
        return new String(rep);
    }
}
