package dev.kiln.runtime;

/**
 * The six charsets every Java SE implementation supports (US-ASCII, ISO-8859-1, UTF-8, UTF-16BE, UTF-16LE,
 * UTF-16), for {@code String}'s {@code Charset} methods, with the JDK's replacement of what a charset cannot
 * represent. Encoding: US-ASCII and ISO-8859-1 write {@code '?'} for each unmappable code point (one for a
 * surrogate pair) and each unpaired surrogate; the UTF-16 forms write U+FFFD for an unpaired surrogate, and
 * UTF-16 starts a non-empty result with the big-endian byte order mark. Decoding: US-ASCII turns bytes above
 * 0x7F into U+FFFD; the UTF-16 forms turn into one U+FFFD each a lone low surrogate, a high surrogate with
 * the unit after it unless that is a low surrogate, and whatever is left at the end that is no complete unit
 * or pair; UTF-16 reads an initial byte order mark (either order, then skipped) or else decodes big-endian.
 * UTF-8 is {@link Utf8}'s.
 *
 * <p>{@link #name} recognises the JDK's own instances of these charsets (its {@code sun.nio.cs} classes, as
 * in {@code StandardCharsets}); any other charset is an {@code InternalError} naming it: a Kiln program has
 * no charset providers.
 */
public final class Charsets {
    private static final char REPLACEMENT = '\uFFFD';

    private Charsets() {
    }

    /**
     * The canonical name of {@code charset} if it is one of the JDK's instances of a standard charset.
     *
     * @throws InternalError for any other charset
     */
    public static String name(java.nio.charset.Charset charset) {
        String name = charset.name();
        String jdkClass = "sun.nio.cs." + name.replace('-', '_');
        if (!charset.getClass().getName().equals(jdkClass)) {
            throw unsupported(name + " (" + charset.getClass().getName() + ")");
        }
        return name;
    }

    /** {@code v[off, off + len)} encoded in the charset called {@code name}. */
    public static byte[] encode(String name, char[] v, int off, int len) {
        switch (name) {
            case "UTF-8":
                return Utf8.encode(v, off, len);
            case "ISO-8859-1":
                return encodeSingleByte(v, off, len, 0xFF);
            case "US-ASCII":
                return encodeSingleByte(v, off, len, 0x7F);
            case "UTF-16BE":
                return encodeUtf16(v, off, len, true, false);
            case "UTF-16LE":
                return encodeUtf16(v, off, len, false, false);
            case "UTF-16":
                return encodeUtf16(v, off, len, true, true);
            default:
                throw unsupported(name);
        }
    }

    /** {@code b[off, off + len)} decoded from the charset called {@code name}. */
    public static char[] decode(String name, byte[] b, int off, int len) {
        switch (name) {
            case "UTF-8":
                return Utf8.decode(b, off, len);
            case "ISO-8859-1": {
                char[] out = new char[len];
                for (int i = 0; i < len; i++) {
                    out[i] = (char) (b[off + i] & 0xFF);
                }
                return out;
            }
            case "US-ASCII": {
                char[] out = new char[len];
                for (int i = 0; i < len; i++) {
                    byte x = b[off + i];
                    out[i] = x >= 0 ? (char) x : REPLACEMENT;
                }
                return out;
            }
            case "UTF-16BE":
                return decodeUtf16(b, off, len, true, false);
            case "UTF-16LE":
                return decodeUtf16(b, off, len, false, false);
            case "UTF-16":
                return decodeUtf16(b, off, len, true, true);
            default:
                throw unsupported(name);
        }
    }

    private static byte[] encodeSingleByte(char[] v, int off, int len, int max) {
        byte[] out = new byte[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c <= max) {
                out[n++] = (byte) c;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
                i++;
            }
            out[n++] = '?';
        }
        return n == len ? out : copyOf(out, n);
    }

    private static byte[] encodeUtf16(char[] v, int off, int len, boolean bigEndian, boolean mark) {
        if (len == 0) {
            return new byte[0];
        }
        byte[] out = new byte[2 * len + (mark ? 2 : 0)];
        int n = 0;
        if (mark) {
            out[n++] = (byte) 0xFE;
            out[n++] = (byte) 0xFF;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
                    n = put(out, n, c, bigEndian);
                    c = v[++i];
                } else {
                    c = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                c = REPLACEMENT;
            }
            n = put(out, n, c, bigEndian);
        }
        return n == out.length ? out : copyOf(out, n);
    }

    private static int put(byte[] out, int n, char c, boolean bigEndian) {
        out[n] = (byte) (bigEndian ? c >> 8 : c);
        out[n + 1] = (byte) (bigEndian ? c : c >> 8);
        return n + 2;
    }

    private static char[] decodeUtf16(byte[] b, int off, int len, boolean bigEndian, boolean detectMark) {
        char[] out = new char[len / 2 + 1];
        int n = 0;
        int i = off;
        int end = off + len;
        if (detectMark && len >= 2) {
            int mark = (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
            if (mark == 0xFEFF) {
                i += 2;
            } else if (mark == 0xFFFE) {
                bigEndian = false;
                i += 2;
            }
        }
        while (i + 1 < end) {
            char c = unit(b, i, bigEndian);
            i += 2;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= end) {
                    i -= 2;
                    break;
                }
                char d = unit(b, i, bigEndian);
                i += 2;
                if (Character.isLowSurrogate(d)) {
                    out[n++] = c;
                    out[n++] = d;
                } else {
                    out[n++] = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                out[n++] = REPLACEMENT;
            } else {
                out[n++] = c;
            }
        }
        if (i < end) {
            out[n++] = REPLACEMENT;
        }
        char[] exact = new char[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    private static char unit(byte[] b, int i, boolean bigEndian) {
        int hi = b[bigEndian ? i : i + 1] & 0xFF;
        int lo = b[bigEndian ? i + 1 : i] & 0xFF;
        return (char) (hi << 8 | lo);
    }

    private static byte[] copyOf(byte[] b, int n) {
        byte[] r = new byte[n];
        System.arraycopy(b, 0, r, 0, n);
        return r;
    }

    private static InternalError unsupported(String name) {
        return new InternalError("Kiln: charset " + name + " is not supported; a Kiln program has US-ASCII, ISO-8859-1,"
                + " UTF-8, UTF-16BE, UTF-16LE and UTF-16 only");
    }
}
