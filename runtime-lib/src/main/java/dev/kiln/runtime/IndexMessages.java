package dev.kiln.runtime;

/**
 * The messages of the index exceptions that runtime-lib's {@code String}, {@code StringBuilder}, {@code Character}
 * and the range forms of the boxes' parsing methods throw. No specification fixes them, so they are those of
 * the class library the program is compiled against: the forms here are those of {@code jdk.internal.util.Preconditions} (of {@code Objects.checkIndex},
 * {@code checkFromToIndex} and {@code checkFromIndexSize}), which the JDK's {@code String} uses from JDK 18
 * on; the substitution class {@code dev.kiln.runtime.substitutions.dev.kiln.runtime.IndexMessages} gives
 * JDK 17's own, one form per kind of check (docs/CLASS-LIBRARY.md). The exception classes do not depend on
 * the version and stay with the callers.
 */
public final class IndexMessages {
    private IndexMessages() {
    }

    /** {@code index} is not in {@code [0, length)}. */
    public static String indexMessage(int index, int length) {
        return "Index " + index + " out of bounds for length " + length;
    }

    /** {@code String.charAt(index)}: {@code index} is not in {@code [0, length)}. */
    public static String charIndexMessage(int index, int length) {
        return indexMessage(index, length);
    }

    /** {@code codePointBefore(index)}: {@code index} is not in {@code [1, length]}. */
    public static String beforeIndexMessage(int index, int length) {
        return indexMessage(index - 1, length);
    }

    /** A string's range {@code [begin, end)} is not within {@code [0, length)}. */
    public static String beginEndMessage(int begin, int end, int length) {
        return "Range [" + begin + ", " + end + ") out of bounds for length " + length;
    }

    /** A builder's, a char array's or a char sequence's range {@code [start, end)} is not within {@code [0, length)}. */
    public static String startEndMessage(int start, int end, int length) {
        return beginEndMessage(start, end, length);
    }

    /** {@code codePointCount(begin, end)}: the range is not within {@code [0, length)}. */
    public static String codePointRangeMessage(int begin, int end, int length) {
        return beginEndMessage(begin, end, length);
    }

    /** {@code Character.codePointCount(char[], offset, count)}: the range is not within {@code [0, length)}. */
    public static String codePointCountMessage(int offset, int count, int length) {
        return offsetCountMessage(offset, count, length);
    }

    /** {@code Integer.parseInt(s, begin, end, radix)} and its kin: the range is not within {@code [0, length)}. */
    public static String parseRangeMessage(int begin, int end, int length) {
        return beginEndMessage(begin, end, length);
    }

    /** {@code count} items from {@code offset} are not within {@code [0, length)}. */
    public static String offsetCountMessage(int offset, int count, int length) {
        return "Range [" + offset + ", " + offset + " + " + count + ") out of bounds for length " + length;
    }

    /** A builder's insertion point {@code offset} is not in {@code [0, length]}. */
    public static String offsetMessage(int offset, int length) {
        return beginEndMessage(offset, length, length);
    }
}
