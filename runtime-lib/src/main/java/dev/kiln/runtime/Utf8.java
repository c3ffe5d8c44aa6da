package dev.kiln.runtime;

/**
 * UTF-8 to and from UTF-16, the only charset Kiln programs use.
 *
 * <p>Decoding replaces each maximal ill-formed subsequence (the longest prefix of a valid sequence that
 * cannot be completed, or else a single byte) with U+FFFD, the practice the Unicode Standard recommends,
 * with the JDK's one difference: an encoded surrogate ({@code ED A0..BF 80..BF}) or a prefix of one is
 * a single ill-formed sequence, not one per byte. Encoding replaces each unpaired surrogate with
 * {@code '?'}, as the JDK does.
 */
public final class Utf8 {
    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    /** Decodes {@code b[off, off + len)}; the result has exactly as many chars as decoded. */
    public static char[] decode(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b0 = b[i] & 0xFF;
            if (b0 < 0x80) {
                out[n++] = (char) b0;
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            int cp;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                cp = b0 & 0x1F;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                cp = b0 & 0x0F;
                if (b0 == 0xE0) {
                    lo = 0xA0;
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                cp = b0 & 0x07;
                if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                out[n++] = REPLACEMENT;
                i++;
                continue;
            }
            int j = i + 1;
            while (need > 0 && j < end) {
                int bj = b[j] & 0xFF;
                if (bj < lo || bj > hi) {
                    break;
                }
                cp = cp << 6 | (bj & 0x3F);
                lo = 0x80;
                hi = 0xBF;
                j++;
                need--;
            }
            i = j;
            if (need > 0 || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                out[n++] = REPLACEMENT;
            } else if (cp >= 0x10000) {
                out[n++] = (char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10)));
                out[n++] = (char) ((cp & 0x3FF) + 0xDC00);
            } else {
                out[n++] = (char) cp;
            }
        }
        if (n == len) {
            return out;
        }
        char[] exact = new char[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /**
     * The length the JDK reports for the first ill-formed sequence in {@code b[off, off + len)} when it decodes
     * without replacing ({@code Files.readString}'s {@code MalformedInputException}), or 0 if the bytes are
     * well-formed UTF-8. Its lengths group bytes differently from the replacement above: a lead byte of a
     * three-byte form followed by two more bytes that do not complete a valid character counts 3 (an encoded
     * surrogate too), with one more byte that cannot continue it 2; a lead byte {@code F0..F7} followed by three
     * more bytes that do not complete a character counts 4; everything else (a stray continuation byte,
     * {@code C0}, {@code C1}, {@code F8..FF}, a truncated sequence, a bad second byte of a two-byte form) counts 1.
     * {@code Utf8Test} checks this against the JDK for every sequence of up to four bytes from a set of
     * boundary values.
     */
    public static int malformedLength(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int b0 = b[i] & 0xFF;
            if (b0 < 0x80) {
                i++;
            } else if (b0 >= 0xC2 && b0 <= 0xDF) {
                if (i + 1 >= end || !isContinuation(b[i + 1])) {
                    return 1;
                }
                i += 2;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                if (i + 2 < end) {
                    int b1 = b[i + 1] & 0xFF;
                    int cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b[i + 2] & 0x3F);
                    if (!isContinuation(b[i + 1]) || !isContinuation(b[i + 2]) || cp < 0x800
                            || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                        return 3;
                    }
                    i += 3;
                } else if (i + 1 < end) {
                    int b1 = b[i + 1] & 0xFF;
                    return !isContinuation(b[i + 1]) || (b0 == 0xE0 && b1 < 0xA0) ? 2 : 1;
                } else {
                    return 1;
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF7) {
                if (i + 3 >= end) {
                    return 1;
                }
                int cp = (b0 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
                if (!isContinuation(b[i + 1]) || !isContinuation(b[i + 2]) || !isContinuation(b[i + 3])
                        || cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
                    return 4;
                }
                i += 4;
            } else {
                return 1;
            }
        }
        return 0;
    }

    private static boolean isContinuation(byte x) {
        return (x & 0xC0) == 0x80;
    }

    /** The number of bytes {@link #encode} produces for {@code v[off, off + len)}. */
    public static int encodedLength(char[] v, int off, int len) {
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (isPairAt(v, i, end)) {
                n += 4;
                i++;
            } else {
                n += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return n;
    }

    /** Encodes {@code v[off, off + len)} into {@code out} at {@code pos}; returns the position after. */
    public static int encode(char[] v, int off, int len, byte[] out, int pos) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[pos++] = (byte) c;
            } else if (c < 0x800) {
                out[pos++] = (byte) (0xC0 | c >> 6);
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (isPairAt(v, i, end)) {
                int cp = ((c - 0xD800) << 10) + (v[i + 1] - 0xDC00) + 0x10000;
                out[pos++] = (byte) (0xF0 | cp >> 18);
                out[pos++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                out[pos++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                out[pos++] = (byte) (0x80 | (cp & 0x3F));
                i++;
            } else if (Character.isSurrogate(c)) {
                out[pos++] = '?';
            } else {
                out[pos++] = (byte) (0xE0 | c >> 12);
                out[pos++] = (byte) (0x80 | (c >> 6 & 0x3F));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return pos;
    }

    /** Encodes {@code v[off, off + len)} into a new array. */
    public static byte[] encode(char[] v, int off, int len) {
        byte[] out = new byte[encodedLength(v, off, len)];
        encode(v, off, len, out, 0);
        return out;
    }

    private static boolean isPairAt(char[] v, int i, int end) {
        return Character.isHighSurrogate(v[i]) && i + 1 < end && Character.isLowSurrogate(v[i + 1]);
    }
}
