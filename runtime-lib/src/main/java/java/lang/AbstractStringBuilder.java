package java.lang;

import dev.kiln.runtime.IndexMessages;
import dev.kiln.runtime.IntegerConversions;

/**
 * A mutable sequence of chars, the common part of {@link StringBuilder} and {@link StringBuffer} (which
 * override each chaining method to return their own type, as the JDK's do). Capacity grows as the JDK's
 * does (to twice the old capacity plus two, or to what is needed if that is more), so {@link #capacity()}
 * reports the same values.
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    char[] value;
    int count;

    /** An empty builder with capacity 16. */
    AbstractStringBuilder() {
        value = new char[16];
    }

    /**
     * An empty builder with the given capacity.
     *
     * @throws NegativeArraySizeException if {@code capacity} is negative
     */
    AbstractStringBuilder(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException(Integer.toString(capacity));
        }
        value = new char[capacity];
    }

    /** A builder holding {@code str}, with capacity {@code str.length() + 16}. */
    AbstractStringBuilder(String str) {
        value = new char[str.length() + 16];
        appendChars(str.value(), 0, str.length());
    }

    /** A builder holding {@code seq}, with capacity {@code seq.length() + 16}. */
    AbstractStringBuilder(CharSequence seq) {
        value = new char[seq.length() + 16];
        appendSequence(seq, 0, seq.length());
    }

    /** The number of chars. */
    public int length() {
        return count;
    }

    /** The number of chars that fit without growing. */
    public int capacity() {
        return value.length;
    }

    /** Grows the capacity to at least {@code minimumCapacity}; does nothing if that is not positive. */
    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            grow(minimumCapacity);
        }
    }

    /** Shrinks the capacity to the length. */
    public void trimToSize() {
        if (count < value.length) {
            value = String.copyOfRange(value, 0, count);
        }
    }

    /**
     * Truncates to {@code newLength} chars, or pads with {@code '\0'} up to it.
     *
     * @throws StringIndexOutOfBoundsException if {@code newLength} is negative
     */
    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = 0;
        }
        count = newLength;
    }

    /**
     * The char at {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
     */
    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }

    /**
     * The code point at {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
     */
    public int codePointAt(int index) {
        checkIndex(index);
        return Character.codePointAt(value, index, count);
    }

    /**
     * The code point before {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [1, length()]}
     */
    public int codePointBefore(int index) {
        if (index < 1 || index > count) {
            throw new StringIndexOutOfBoundsException(IndexMessages.beforeIndexMessage(index, count));
        }
        return Character.codePointBefore(value, index, 0);
    }

    /**
     * The number of code points in {@code [beginIndex, endIndex)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within the builder
     */
    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > count) {
            throw new IndexOutOfBoundsException(IndexMessages.codePointRangeMessage(beginIndex, endIndex, count));
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    /**
     * The index {@code codePointOffset} code points away from {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, length()]} or there are not
     *     enough code points on that side
     */
    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(value, 0, count, index, codePointOffset);
    }

    /**
     * Copies {@code [srcBegin, srcEnd)} into {@code dst} at {@code dstBegin}.
     *
     * @throws IndexOutOfBoundsException if either range is out of bounds
     */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRange(srcBegin, srcEnd, count);
        int dstEnd = dstBegin + (srcEnd - srcBegin);
        if (dstBegin < 0 || dstBegin > dstEnd || dstEnd > dst.length) {
            throw new IndexOutOfBoundsException(IndexMessages.startEndMessage(dstBegin, dstEnd, dst.length));
        }
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /**
     * Replaces the char at {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
     */
    public void setCharAt(int index, char ch) {
        checkIndex(index);
        value[index] = ch;
    }

    /** Appends {@code String.valueOf(obj)}. */
    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    /** Appends {@code str}, or {@code "null"}. */
    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        appendChars(str.value(), 0, str.length());
        return this;
    }

    /** Appends the contents of {@code sb}, or {@code "null"}. */
    AbstractStringBuilder append(AbstractStringBuilder sb) {
        if (sb == null) {
            return appendNull();
        }
        appendChars(sb.value, 0, sb.count);
        return this;
    }

    /** Appends the contents of {@code sb}, or {@code "null"}. */
    public AbstractStringBuilder append(StringBuffer sb) {
        return append((AbstractStringBuilder) sb);
    }

    /** Appends {@code s}, or {@code "null"}. */
    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return append((AbstractStringBuilder) s);
        }
        appendSequence(s, 0, s.length());
        return this;
    }

    /**
     * Appends {@code s[start, end)}; a null {@code s} is treated as {@code "null"}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code s}
     */
    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        CharSequence seq = s == null ? "null" : s;
        if (start < 0 || start > end || end > seq.length()) {
            throw new IndexOutOfBoundsException(IndexMessages.startEndMessage(start, end, seq.length()));
        }
        appendSequence(seq, start, end);
        return this;
    }

    /** Appends the chars of {@code str}. */
    public AbstractStringBuilder append(char[] str) {
        appendChars(str, 0, str.length);
        return this;
    }

    /**
     * Appends {@code str[offset, offset + len)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code str}
     */
    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || len < 0 || end > str.length) {
            throw new IndexOutOfBoundsException(IndexMessages.startEndMessage(offset, end, str.length));
        }
        appendChars(str, offset, len);
        return this;
    }

    /** Appends {@code "true"} or {@code "false"}. */
    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    /** Appends {@code c}. */
    public AbstractStringBuilder append(char c) {
        ensureCapacity(count + 1);
        value[count++] = c;
        return this;
    }

    /** Appends the decimal form of {@code i}. */
    public AbstractStringBuilder append(int i) {
        int end = count + IntegerConversions.decimalLength(i);
        ensureCapacity(end);
        IntegerConversions.writeDecimal(i, value, end);
        count = end;
        return this;
    }

    /** Appends the decimal form of {@code lng}. */
    public AbstractStringBuilder append(long lng) {
        int end = count + IntegerConversions.decimalLength(lng);
        ensureCapacity(end);
        IntegerConversions.writeDecimal(lng, value, end);
        count = end;
        return this;
    }

    /** Appends {@link Float#toString(float)}. */
    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    /** Appends {@link Double#toString(double)}. */
    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    /**
     * Appends code point {@code codePoint} as one or two chars.
     *
     * @throws IllegalArgumentException if it is not a valid code point
     */
    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        ensureCapacity(count + 2);
        count += Character.toChars(codePoint, value, count);
        return this;
    }

    /**
     * Appends code point {@code codePoint} {@code count} times (Java 21).
     *
     * @throws IllegalArgumentException if it is not a valid code point or {@code count} is negative
     */
    public AbstractStringBuilder repeat(int codePoint, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                    + Integer.toHexString(codePoint).toUpperCase());
        }
        for (int i = 0; i < count; i++) {
            appendCodePoint(codePoint);
        }
        return this;
    }

    /**
     * Appends {@code cs} (or {@code "null"}) {@code count} times (Java 21).
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public AbstractStringBuilder repeat(CharSequence cs, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        CharSequence seq = cs == null ? "null" : cs;
        for (int i = 0; i < count; i++) {
            appendSequence(seq, 0, seq.length());
        }
        return this;
    }

    /**
     * Removes {@code [start, end)}; {@code end} is clamped to the length.
     *
     * @throws StringIndexOutOfBoundsException if {@code start} is negative, greater than the length or
     *     greater than {@code end}
     */
    public AbstractStringBuilder delete(int start, int end) {
        int e = Math.min(end, count);
        checkRange(start, e, count);
        System.arraycopy(value, e, value, start, count - e);
        count -= e - start;
        return this;
    }

    /**
     * Removes the char at {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is not in {@code [0, length())}
     */
    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    /**
     * Replaces {@code [start, end)} ({@code end} clamped to the length) with {@code str}.
     *
     * @throws StringIndexOutOfBoundsException if {@code start} is negative, greater than the length or
     *     greater than {@code end}
     */
    public AbstractStringBuilder replace(int start, int end, String str) {
        int e = Math.min(end, count);
        checkRange(start, e, count);
        int len = str.length();
        int newCount = count - (e - start) + len;
        ensureCapacity(newCount);
        System.arraycopy(value, e, value, start + len, count - e);
        System.arraycopy(str.value(), 0, value, start, len);
        count = newCount;
        return this;
    }

    /**
     * Inserts {@code str[offset, offset + len)} at {@code index}.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} or the range is out of bounds
     */
    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index);
        if (offset < 0 || len < 0 || offset > str.length - len) {
            throw new StringIndexOutOfBoundsException(IndexMessages.startEndMessage(offset, offset + len, str.length));
        }
        insertChars(index, str, offset, len);
        return this;
    }

    /** Inserts {@code String.valueOf(obj)} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    /**
     * Inserts {@code str} (or {@code "null"}) at {@code offset}.
     *
     * @throws StringIndexOutOfBoundsException if {@code offset} is not in {@code [0, length()]}
     */
    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset);
        String s = str == null ? "null" : str;
        insertChars(offset, s.value(), 0, s.length());
        return this;
    }

    /** Inserts the chars of {@code str} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, char[] str) {
        checkOffset(offset);
        insertChars(offset, str, 0, str.length);
        return this;
    }

    /**
     * Inserts {@code s} (or {@code "null"}) at {@code dstOffset}: a String as a whole, any other sequence
     * char by char, as {@link #insert(int, CharSequence, int, int)} does.
     */
    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            return insert(dstOffset, "null");
        }
        if (s instanceof String) {
            return insert(dstOffset, (String) s);
        }
        return insert(dstOffset, s, 0, s.length());
    }

    /**
     * Inserts {@code s[start, end)} (of {@code "null"} if {@code s} is null) at {@code dstOffset}. The gap is
     * opened first and then filled with {@code s.charAt}: when {@code s} is this builder, the chars read are
     * those of the builder with the gap open, as on the JDK ({@code "xyz"} inserting itself at 1 gives
     * {@code "xxxxyz"}).
     *
     * @throws IndexOutOfBoundsException if {@code dstOffset} or the range is out of bounds
     */
    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        checkOffset(dstOffset);
        CharSequence seq = s == null ? "null" : s;
        if (start < 0 || start > end || end > seq.length()) {
            throw new IndexOutOfBoundsException(IndexMessages.startEndMessage(start, end, seq.length()));
        }
        int len = end - start;
        ensureCapacity(count + len);
        System.arraycopy(value, dstOffset, value, dstOffset + len, count - dstOffset);
        count += len;
        for (int i = start; i < end; i++) {
            value[dstOffset + i - start] = seq.charAt(i);
        }
        return this;
    }

    /** Inserts {@code "true"} or {@code "false"} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    /**
     * Inserts {@code c} at {@code offset}.
     *
     * @throws StringIndexOutOfBoundsException if {@code offset} is not in {@code [0, length()]}
     */
    public AbstractStringBuilder insert(int offset, char c) {
        checkOffset(offset);
        insertChars(offset, new char[] {c}, 0, 1);
        return this;
    }

    /** Inserts the decimal form of {@code i} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    /** Inserts the decimal form of {@code l} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    /** Inserts {@link Float#toString(float)} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    /** Inserts {@link Double#toString(double)} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    /** The index of the first occurrence of {@code str}, or -1. */
    public int indexOf(String str) {
        return String.indexOf(value, count, str.value(), 0);
    }

    /** The index of the first occurrence of {@code str} at or after {@code fromIndex}, or -1. */
    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.value(), fromIndex);
    }

    /** The index of the last occurrence of {@code str}, or -1. */
    public int lastIndexOf(String str) {
        return String.lastIndexOf(value, count, str.value(), count);
    }

    /** The index of the last occurrence of {@code str} at or before {@code fromIndex}, or -1. */
    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.value(), fromIndex);
    }

    /** Reverses the chars, keeping each surrogate pair in order so that it stays a pair. */
    public AbstractStringBuilder reverse() {
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char a = value[i];
            char b = value[j];
            value[i] = b;
            value[j] = a;
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
        }
        if (count % 2 == 1 && Character.isSurrogate(value[count / 2])) {
            surrogates = true;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                if (Character.isLowSurrogate(value[i]) && Character.isHighSurrogate(value[i + 1])) {
                    char lo = value[i];
                    value[i] = value[i + 1];
                    value[i + 1] = lo;
                    i++;
                }
            }
        }
        return this;
    }

    /**
     * The chars from {@code start} to the end.
     *
     * @throws StringIndexOutOfBoundsException if {@code start} is not in {@code [0, length()]}
     */
    public String substring(int start) {
        return substring(start, count);
    }

    /** The same as {@link #substring(int, int)}. */
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /**
     * The chars {@code [start, end)}.
     *
     * @throws StringIndexOutOfBoundsException if the range is not within the builder
     */
    public String substring(int start, int end) {
        checkRange(start, end, count);
        return new String(String.copyOfRange(value, start, end), true);
    }

    /** The current contents as a new string. */
    public String toString() {
        return new String(String.copyOfRange(value, 0, count), true);
    }

    /** Lexicographic comparison of the contents by char value. */
    int compareTo(AbstractStringBuilder another) {
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (value[i] != another.value[i]) {
                return value[i] - another.value[i];
            }
        }
        return count - another.count;
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacity(count + 4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    private void appendChars(char[] src, int offset, int len) {
        ensureCapacity(count + len);
        System.arraycopy(src, offset, value, count, len);
        count += len;
    }

    private void appendSequence(CharSequence s, int start, int end) {
        ensureCapacity(count + end - start);
        for (int i = start; i < end; i++) {
            value[count++] = s.charAt(i);
        }
    }

    private void insertChars(int index, char[] src, int offset, int len) {
        ensureCapacity(count + len);
        System.arraycopy(value, index, value, index + len, count - index);
        System.arraycopy(src, offset, value, index, len);
        count += len;
    }

    private void grow(int minimumCapacity) {
        int capacity = value.length * 2 + 2;
        if (capacity - minimumCapacity < 0) {
            capacity = minimumCapacity;
        }
        if (capacity < 0) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] grown = new char[capacity];
        System.arraycopy(value, 0, grown, 0, count);
        value = grown;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException(IndexMessages.indexMessage(index, count));
        }
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException(IndexMessages.offsetMessage(offset, count));
        }
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException(IndexMessages.startEndMessage(start, end, length));
        }
    }
}
