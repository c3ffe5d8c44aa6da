package java.lang;

import dev.kiln.runtime.CaseMapping;
import dev.kiln.runtime.CharStreams;
import dev.kiln.runtime.Charsets;
import dev.kiln.runtime.IndexMessages;
import dev.kiln.runtime.InternPool;
import dev.kiln.runtime.TextBlocks;
import dev.kiln.runtime.Utf8;

/**
 * An immutable sequence of UTF-16 code units.
 *
 * <p>The backend builds string literals itself: a {@code String} whose {@link #value} comes from a data
 * segment and whose other fields have their default values, so every other field must be valid at its
 * default (the hash is computed lazily). Bytes are UTF-8 unless a standard {@code Charset} is given
 * ({@link Charsets}).
 *
 * <p>Case conversion uses the full Unicode mappings of the root locale, and the Turkish and Azeri rules for
 * those languages (see {@link CaseMapping}). {@code format} and the regular expression methods are the
 * JDK's {@link java.util.Formatter} and {@link java.util.regex.Pattern}, compiled from the class library
 * like a program's own classes (docs/CLASS-LIBRARY.md), as are the streams of {@link #chars()},
 * {@link #codePoints()} and {@link #lines()} (made by {@link CharStreams}). Charsets by name are not
 * provided yet.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    /** The cached hash code; 0 until computed (or if it is 0 and {@link #hashIsZero}). */
    private int hash;
    private boolean hashIsZero;

    /** Orders strings as {@link #compareToIgnoreCase} does; serializable. */
    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    /** The empty string. */
    public String() {
        this.value = new char[0];
    }

    /** A string sharing {@code original}'s chars. */
    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
        this.hashIsZero = original.hashIsZero;
    }

    /** A string of a copy of {@code value}. */
    public String(char[] value) {
        this.value = copyOfRange(value, 0, value.length);
    }

    /**
     * A string of a copy of {@code value[offset, offset + count)}.
     *
     * @throws StringIndexOutOfBoundsException if the range is not within {@code value}
     */
    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = copyOfRange(value, offset, offset + count);
    }

    /**
     * A string of the code points {@code codePoints[offset, offset + count)}.
     *
     * @throws IllegalArgumentException if one of them is not a valid code point
     * @throws StringIndexOutOfBoundsException if the range is not within {@code codePoints}
     */
    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
            n += Character.charCount(cp);
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    /** A string of the UTF-8 decoding of {@code bytes}; malformed input becomes U+FFFD. */
    public String(byte[] bytes) {
        this.value = Utf8.decode(bytes, 0, bytes.length);
    }

    /**
     * A string of the UTF-8 decoding of {@code bytes[offset, offset + length)}.
     *
     * @throws StringIndexOutOfBoundsException if the range is not within {@code bytes}
     */
    public String(byte[] bytes, int offset, int length) {
        checkOffsetCount(offset, length, bytes.length);
        this.value = Utf8.decode(bytes, offset, length);
    }

    /**
     * A string of {@code bytes} decoded from {@code charset}, one of the standard charsets (see
     * {@link dev.kiln.runtime.Charsets}); what the charset cannot decode becomes U+FFFD.
     *
     * @throws NullPointerException if {@code charset} is null
     */
    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    /**
     * A string of {@code bytes[offset, offset + length)} decoded from {@code charset}.
     *
     * @throws NullPointerException if {@code charset} is null
     * @throws StringIndexOutOfBoundsException if the range is not within {@code bytes}
     */
    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        checkOffsetCount(offset, length, bytes.length);
        this.value = Charsets.decode(Charsets.name(charset), bytes, offset, length);
    }

    /**
     * A string of {@code bytes} decoded from the charset named {@code charsetName} (a name or alias of one of the
     * standard charsets).
     *
     * @throws java.io.UnsupportedEncodingException if no such charset is supported
     */
    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, lookupCharset(charsetName));
    }

    /**
     * A string of {@code bytes[offset, offset + length)} decoded from the charset named {@code charsetName}.
     *
     * @throws java.io.UnsupportedEncodingException if no such charset is supported
     * @throws StringIndexOutOfBoundsException if the range is not within {@code bytes}
     */
    public String(byte[] bytes, int offset, int length, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, offset, length, lookupCharset(charsetName));
    }

    /**
     * The deprecated ASCII constructor: char {@code i} is {@code ((hibyte & 0xff) << 8) | (ascii[offset + i] & 0xff)}.
     *
     * @throws StringIndexOutOfBoundsException if the range is not within {@code ascii}
     */
    @Deprecated
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkOffsetCount(offset, count, ascii.length);
        char[] v = new char[count];
        int high = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (high | (ascii[offset + i] & 0xff));
        }
        this.value = v;
    }

    /** The deprecated ASCII constructor over the whole array. */
    @Deprecated
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    /** A string of the builder's current contents. */
    public String(StringBuilder builder) {
        this.value = copyOfRange(builder.value, 0, builder.count);
    }

    /** A string of the buffer's current contents. */
    public String(StringBuffer buffer) {
        this.value = copyOfRange(buffer.value, 0, buffer.count);
    }

    /** Takes ownership of {@code value}: for java.lang classes that built a fresh array. */
    String(char[] value, boolean owned) {
        this.value = value;
    }

    /** The number of UTF-16 code units. */
    public int length() {
        return value.length;
    }

    /** Whether the length is 0. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /**
     * The char at {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
     */
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(charIndexMessage(index));
        }
        return value[index];
    }

    /**
     * The message of {@code charAt}'s index check. JDK 17 words it by the string's representation: its own
     * form for a string of Latin-1 chars only, the general index form for any other (on later JDKs the two
     * are one form, see {@link IndexMessages}).
     */
    private String charIndexMessage(int index) {
        for (char c : value) {
            if (c > 0xFF) {
                return IndexMessages.indexMessage(index, value.length);
            }
        }
        return IndexMessages.charIndexMessage(index, value.length);
    }

    /**
     * The code point at {@code index}: a surrogate pair starting there is combined.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
     */
    public int codePointAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(IndexMessages.indexMessage(index, value.length));
        }
        return Character.codePointAt(value, index, value.length);
    }

    /**
     * The code point before {@code index}: a surrogate pair ending there is combined.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [1, length()]}
     */
    public int codePointBefore(int index) {
        if (index < 1 || index > value.length) {
            throw new StringIndexOutOfBoundsException(IndexMessages.beforeIndexMessage(index, value.length));
        }
        return Character.codePointBefore(value, index, 0);
    }

    /**
     * The number of code points in {@code [beginIndex, endIndex)}; unpaired surrogates count one each.
     *
     * @throws IndexOutOfBoundsException if the range is not within this string
     */
    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException(IndexMessages.codePointRangeMessage(beginIndex, endIndex, value.length));
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    /**
     * The index {@code codePointOffset} code points away from {@code index}.
     *
     * @throws IndexOutOfBoundsException if that leaves the string
     */
    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    /**
     * Copies {@code [srcBegin, srcEnd)} into {@code dst} at {@code dstBegin}.
     *
     * @throws StringIndexOutOfBoundsException if either range is out of bounds
     */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /**
     * Copies the low eight bits of each char of {@code [srcBegin, srcEnd)} into {@code dst} at {@code dstBegin}.
     *
     * @throws StringIndexOutOfBoundsException if either range is out of bounds
     * @deprecated as in Java SE: it does not encode characters
     */
    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        if (dst == null) {
            throw new NullPointerException();
        }
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    /**
     * The chars encoded in the charset named {@code charsetName} (a name or alias of one of the standard charsets).
     *
     * @throws java.io.UnsupportedEncodingException if no such charset is supported
     */
    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return getBytes(lookupCharset(charsetName));
    }

    /**
     * The charset named {@code csn}, found as {@code Charset.forName} finds it.
     *
     * @throws NullPointerException if {@code csn} is null
     * @throws java.io.UnsupportedEncodingException with {@code csn} as its message if the name is illegal or unknown
     */
    private static java.nio.charset.Charset lookupCharset(String csn) throws java.io.UnsupportedEncodingException {
        if (csn == null) {
            throw new NullPointerException("charsetName");
        }
        try {
            return java.nio.charset.Charset.forName(csn);
        } catch (java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
            throw new java.io.UnsupportedEncodingException(csn);
        }
    }

    /** The UTF-8 encoding; unpaired surrogates become {@code '?'}. */
    public byte[] getBytes() {
        return Utf8.encode(value, 0, value.length);
    }

    /**
     * The chars encoded in {@code charset}, one of the standard charsets (see {@link dev.kiln.runtime.Charsets});
     * what it cannot represent becomes its replacement ({@code '?'} or U+FFFD).
     *
     * @throws NullPointerException if {@code charset} is null
     */
    public byte[] getBytes(java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return Charsets.encode(Charsets.name(charset), value, 0, value.length);
    }

    /** Whether {@code anObject} is a string with the same chars. */
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] a = value;
        char[] b = ((String) anObject).value;
        if (a.length != b.length) {
            return false;
        }
        // Both bounds in the loop's condition: the optimizer then drops the index checks (a hot loop: HashMap keys).
        for (int i = 0; i < a.length && i < b.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code cs} has the same chars as this string. */
    public boolean contentEquals(CharSequence cs) {
        if (cs.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code sb} has the same chars as this string. */
    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    /** Whether the strings have equal lengths and are equal code point by code point ignoring case. */
    public boolean equalsIgnoreCase(String anotherString) {
        return anotherString != null && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length);
    }

    /** Lexicographic comparison by char value; a proper prefix sorts first. */
    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        // Both bounds in the loop's condition: the optimizer then drops the index checks (a hot loop: sorting).
        for (int i = 0; i < a.length && i < b.length; i++) {
            char x = a[i];
            char y = b[i];
            if (x != y) {
                return x - y;
            }
        }
        return a.length - b.length;
    }

    /** {@link #compareTo} after folding each code point with {@code toLowerCase(toUpperCase(cp))}. */
    public int compareToIgnoreCase(String str) {
        return CaseMapping.compareIgnoreCase(this, str);
    }

    /** Whether {@code [toffset, toffset + len)} equals {@code other[ooffset, ooffset + len)}. */
    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    /** Like {@link #regionMatches(int, String, int, int)}, optionally ignoring case code point by code point. */
    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        char[] o = other.value;
        if (toffset < 0 || ooffset < 0 || toffset > (long) value.length - len || ooffset > (long) o.length - len) {
            return false;
        }
        if (ignoreCase) {
            return CaseMapping.regionMatchesIgnoreCase(this, toffset, other, ooffset, len);
        }
        return regionEquals(value, toffset, o, ooffset, len);
    }

    /** Whether {@code prefix} occurs at {@code toffset}. */
    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length) {
            return false;
        }
        return regionEquals(value, toffset, p, 0, p.length);
    }

    /** Whether this string begins with {@code prefix}. */
    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    /** Whether this string ends with {@code suffix}. */
    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    /** {@code s[0]*31^(n-1) + s[1]*31^(n-2) + ... + s[n-1]}, computed once. */
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            for (char c : value) {
                h = 31 * h + c;
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    /** The index of the first occurrence of code point {@code ch}, or -1. */
    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    /** The index of the first occurrence of code point {@code ch} at or after {@code fromIndex}, or -1. */
    public int indexOf(int ch, int fromIndex) {
        int from = Math.max(fromIndex, 0);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = from; i < value.length; i++) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = from; i < value.length - 1; i++) {
            if (value[i] == hi && value[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last occurrence of code point {@code ch}, or -1. */
    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    /** The index of the last occurrence of code point {@code ch} at or before {@code fromIndex}, or -1. */
    public int lastIndexOf(int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, value.length - 1); i >= 0; i--) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, value.length - 2); i >= 0; i--) {
            if (value[i] == hi && value[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first occurrence of {@code str}, or -1. */
    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, 0);
    }

    /** The index of the first occurrence of {@code str} at or after {@code fromIndex}, or -1. */
    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** The index of the last occurrence of {@code str}, or -1. */
    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str.value, value.length);
    }

    /** The index of the last occurrence of {@code str} at or before {@code fromIndex}, or -1. */
    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /**
     * The substring from {@code beginIndex} to the end.
     *
     * @throws StringIndexOutOfBoundsException if {@code beginIndex} is not in {@code [0, length()]}
     */
    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    /**
     * The substring {@code [beginIndex, endIndex)}.
     *
     * @throws StringIndexOutOfBoundsException if the range is not within this string
     */
    public String substring(int beginIndex, int endIndex) {
        checkBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(copyOfRange(value, beginIndex, endIndex), true);
    }

    /** The same as {@link #substring(int, int)}. */
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    /** This string followed by {@code str}. */
    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] v = copyOfRange(value, 0, value.length + str.value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    /** This string with every {@code oldChar} replaced by {@code newChar}. */
    public String replace(char oldChar, char newChar) {
        int first = indexOf(oldChar);
        if (oldChar == newChar || first < 0) {
            return this;
        }
        char[] v = copyOfRange(value, 0, value.length);
        for (int i = first; i < v.length; i++) {
            if (v[i] == oldChar) {
                v[i] = newChar;
            }
        }
        return new String(v, true);
    }

    /**
     * This string with each non-overlapping occurrence of {@code target}, from the left, replaced by
     * {@code replacement}; an empty target matches before every char and at the end.
     */
    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        String r = replacement.toString();
        int at = indexOf(value, value.length, t, 0);
        if (at < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value.length + r.length());
        int from = 0;
        while (at >= 0) {
            sb.append(value, from, at - from).append(r);
            from = at + t.length;
            if (t.length == 0) {
                if (at == value.length) {
                    return sb.toString();
                }
                sb.append(value[at]);
                from = at + 1;
            }
            at = indexOf(value, value.length, t, from);
        }
        sb.append(value, from, value.length - from);
        return sb.toString();
    }

    /** Whether {@code s} occurs in this string. */
    public boolean contains(CharSequence s) {
        return indexOf(value, value.length, s.toString().value, 0) >= 0;
    }

    /** This string in lower case, with the full Unicode mappings of the root locale. */
    public String toLowerCase() {
        return CaseMapping.toLowerCase(this);
    }

    /** This string in upper case, with the full Unicode mappings of the root locale ({@code "ß"} to {@code "SS"}). */
    public String toUpperCase() {
        return CaseMapping.toUpperCase(this);
    }

    /**
     * This string in lower case by the rules of {@code locale}: those of the root locale, except for Turkish
     * and Azeri (dotless i).
     *
     * @throws UnsupportedOperationException for Lithuanian, whose rules (keeping the dot of i under
     *     accents) Kiln does not have
     */
    public String toLowerCase(java.util.Locale locale) {
        return CaseMapping.toLowerCase(this, isTurkic(locale));
    }

    /**
     * This string in upper case by the rules of {@code locale}: those of the root locale, except for Turkish
     * and Azeri ({@code 'i'} to {@code 'İ'}).
     *
     * @throws UnsupportedOperationException for Lithuanian (see {@link #toLowerCase(java.util.Locale)})
     */
    public String toUpperCase(java.util.Locale locale) {
        return CaseMapping.toUpperCase(this, isTurkic(locale));
    }

    private static boolean isTurkic(java.util.Locale locale) {
        String language = locale.getLanguage();
        if (language.equals("lt")) {
            throw new UnsupportedOperationException("Kiln has no Lithuanian case mapping rules");
        }
        return language.equals("tr") || language.equals("az");
    }

    /**
     * Whether this whole string matches the regular expression {@code regex}.
     *
     * @throws java.util.regex.PatternSyntaxException if {@code regex} is not valid
     */
    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    /**
     * This string with the first match of {@code regex} replaced by {@code replacement}, in which
     * {@code $n}, {@code ${name}} and {@code \} escapes work as in {@link java.util.regex.Matcher#replaceFirst}.
     */
    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    /** This string with every match of {@code regex} replaced by {@code replacement} (see {@link #replaceFirst}). */
    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    /**
     * This string split around the matches of {@code regex}, at most {@code limit} parts if it is
     * positive, with trailing empty strings removed if it is zero ({@link java.util.regex.Pattern#split}).
     */
    public String[] split(String regex, int limit) {
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    /** {@code split(regex, 0)}: trailing empty strings removed. */
    public String[] split(String regex) {
        return split(regex, 0);
    }

    /**
     * {@code format} filled in with {@code args} by a new {@link java.util.Formatter} in the default
     * locale for formatting.
     *
     * @throws java.util.IllegalFormatException if the format or an argument is not valid
     */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /** {@code format} filled in with {@code args} in locale {@code l} (no localization if null). */
    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    /** {@code String.format(this, args)}. */
    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    /** This string without leading and trailing chars up to {@code ' '} (U+0020). */
    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** This string without leading and trailing white space ({@link Character#isWhitespace(int)}). */
    public String strip() {
        int begin = skipWhitespace();
        return substring(begin, Math.max(begin, trailingWhitespaceStart()));
    }

    /** This string without leading white space. */
    public String stripLeading() {
        return substring(skipWhitespace());
    }

    /** This string without trailing white space. */
    public String stripTrailing() {
        return substring(0, trailingWhitespaceStart());
    }

    /** Whether this string is empty or only white space. */
    public boolean isBlank() {
        return skipWhitespace() == value.length;
    }

    /**
     * This string repeated {@code count} times.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        if (count == 0 || value.length == 0) {
            return "";
        }
        long total = (long) value.length * count;
        if (total > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] v = new char[(int) total];
        System.arraycopy(value, 0, v, 0, value.length);
        int filled = value.length;
        while (filled < v.length) {
            int n = Math.min(filled, v.length - filled);
            System.arraycopy(v, 0, v, filled, n);
            filled += n;
        }
        return new String(v, true);
    }

    /** The chars, zero-extended, as a sequential stream (ordered, sized, immutable). */
    public java.util.stream.IntStream chars() {
        return CharStreams.chars(value);
    }

    /** The code points (an unpaired surrogate as itself), as a sequential stream. */
    public java.util.stream.IntStream codePoints() {
        return CharStreams.codePoints(value);
    }

    /** The lines, split at {@code \n}, {@code \r} and {@code \r\n}, as a sequential stream. */
    public java.util.stream.Stream<String> lines() {
        return CharStreams.lines(this);
    }

    /**
     * This string with {@code n} spaces added to the start of each line, or up to {@code -n} leading white
     * space chars removed from it, each line then ended by {@code \n} ({@link TextBlocks#indent}).
     */
    public String indent(int n) {
        return TextBlocks.indent(this, n);
    }

    /** This string without the incidental white space of its lines ({@link TextBlocks#stripIndent}). */
    public String stripIndent() {
        return TextBlocks.stripIndent(this);
    }

    /**
     * This string with its escape sequences translated as in a string literal ({@link TextBlocks#translateEscapes}).
     *
     * @throws IllegalArgumentException for an escape sequence a string literal does not have
     */
    public String translateEscapes() {
        return TextBlocks.translateEscapes(this);
    }

    /** {@code f} applied to this string. */
    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    /** A new array of this string's chars. */
    public char[] toCharArray() {
        return copyOfRange(value, 0, value.length);
    }

    /** This string itself. */
    public String toString() {
        return this;
    }

    /** The canonical, pooled instance of this string's value. */
    public String intern() {
        return InternPool.intern(this);
    }

    /**
     * The {@code elements} separated by {@code delimiter}; null elements appear as {@code "null"}.
     *
     * @throws NullPointerException if {@code delimiter} or {@code elements} is null
     */
    public static String join(CharSequence delimiter, CharSequence... elements) {
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(d);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    /**
     * The elements of {@code elements}, in iteration order, separated by {@code delimiter}; null elements
     * appear as {@code "null"}. The delimiter's {@code toString()} is taken once, before iterating.
     *
     * @throws NullPointerException if {@code delimiter} or {@code elements} is null
     * @throws ClassCastException if the iterable (used raw) yields something other than a CharSequence
     */
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) {
                sb.append(d);
            }
            sb.append(String.valueOf(cs));
            first = false;
        }
        return sb.toString();
    }

    /** {@code "null"} or {@code obj.toString()}. */
    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    /** A string of a copy of {@code data}. */
    public static String valueOf(char[] data) {
        return new String(data);
    }

    /** A string of a copy of {@code data[offset, offset + count)}. */
    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    /** A string of a copy of {@code data[offset, offset + count)}. */
    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    /** A string of a copy of {@code data}. */
    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    /** {@code "true"} or {@code "false"}. */
    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    /** A string of the single char {@code c}. */
    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    /** {@link Integer#toString(int)}. */
    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    /** {@link Long#toString(long)}. */
    public static String valueOf(long l) {
        return Long.toString(l);
    }

    /** {@link Float#toString(float)}. */
    public static String valueOf(float f) {
        return Float.toString(f);
    }

    /** {@link Double#toString(double)}. */
    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** The comparator behind {@link #CASE_INSENSITIVE_ORDER}. */
    private static final class CaseInsensitiveComparator implements java.util.Comparator<String>, java.io.Serializable {
        private static final long serialVersionUID = 8575799808933029326L;

        @Override
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    /** The chars, for StringBuilder: never modified. */
    char[] value() {
        return value;
    }

    private int skipWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAt(value, i, value.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int trailingWhitespaceStart() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBefore(value, i, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** The first index at or after {@code from} where {@code target} occurs in {@code source[0, count)}, or -1. */
    static int indexOf(char[] source, int count, char[] target, int from) {
        int start = Math.max(from, 0);
        if (target.length == 0) {
            return Math.min(start, count);
        }
        char first = target[0];
        for (int i = start; i <= count - target.length; i++) {
            if (source[i] == first && regionEquals(source, i + 1, target, 1, target.length - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** The last index at or before {@code from} where {@code target} occurs in {@code source[0, count)}, or -1. */
    static int lastIndexOf(char[] source, int count, char[] target, int from) {
        int start = Math.min(from, count - target.length);
        for (int i = start; i >= 0; i--) {
            if (regionEquals(source, i, target, 0, target.length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionEquals(char[] a, int aOff, char[] b, int bOff, int len) {
        if (aOff + len > a.length || bOff + len > b.length) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (a[aOff + i] != b[bOff + i]) {
                return false;
            }
        }
        return true;
    }

    static char[] copyOfRange(char[] src, int from, int to) {
        char[] v = new char[to - from];
        System.arraycopy(src, from, v, 0, Math.min(to, src.length) - from);
        return v;
    }

    static void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(IndexMessages.offsetCountMessage(offset, count, length));
        }
    }

    static void checkBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(IndexMessages.beginEndMessage(begin, end, length));
        }
    }
}
