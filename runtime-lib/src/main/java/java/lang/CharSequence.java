package java.lang;

/** A readable sequence of UTF-16 code units. */
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
