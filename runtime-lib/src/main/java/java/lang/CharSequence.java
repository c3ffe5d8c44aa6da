package java.lang;

/**
 * A readable sequence of UTF-16 code units. {@code getChars} is Java SE 25's (JDK 25's {@code Reader.of}, so
 * {@code StringReader}, calls it); on older class libraries nothing does.
 */
public interface CharSequence {
    /** The number of chars. */
    int length();

    /** The char at {@code index}. */
    char charAt(int index);

    /** Whether the length is zero. */
    default boolean isEmpty() {
        return length() == 0;
    }

    /** The chars, zero-extended, as a stream bound to the content when its terminal operation starts. */
    default java.util.stream.IntStream chars() {
        return dev.kiln.runtime.CharStreams.chars(this);
    }

    /** The code points, as a stream bound to the content when its terminal operation starts. */
    default java.util.stream.IntStream codePoints() {
        return dev.kiln.runtime.CharStreams.codePoints(this);
    }

    /**
     * Copies {@code [srcBegin, srcEnd)} into {@code dst} from {@code dstBegin} (Java SE 25), char by char
     * through {@link #charAt}.
     *
     * @throws IndexOutOfBoundsException if the source range is not within the sequence or the destination
     *     range not within {@code dst}, with the messages of {@code Objects.checkFromToIndex} and
     *     {@code Objects.checkIndex}, which the JDK's default method calls
     */
    default void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        int length = length();
        if (srcBegin < 0 || srcBegin > srcEnd || srcEnd > length) {
            throw new IndexOutOfBoundsException("Range [" + srcBegin + ", " + srcEnd + ") out of bounds for length " + length);
        }
        int limit = dst.length - (srcEnd - srcBegin) + 1;
        if (dstBegin < 0 || dstBegin >= limit) {
            throw new IndexOutOfBoundsException("Index " + dstBegin + " out of bounds for length " + limit);
        }
        while (srcBegin < srcEnd) {
            dst[dstBegin++] = charAt(srcBegin++);
        }
    }

    /** The chars from {@code start} (inclusive) to {@code end} (exclusive). */
    CharSequence subSequence(int start, int end);

    /** The chars as a string. */
    String toString();

    /** Compares two sequences lexicographically by char value. */
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
