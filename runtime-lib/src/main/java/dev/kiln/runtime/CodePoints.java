package dev.kiln.runtime;

/**
 * Walks over {@code char[]} text by code points for {@link Character}: here rather than in
 * {@code java.lang} so that the tests can compare it with the JDK.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /**
     * The index {@code codePointOffset} code points away from {@code index} within the text
     * {@code a[start, start + count)}; an unpaired surrogate counts as one code point, and a pair is
     * only seen inside that range.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code a}, {@code index} is not within
     *     the range, or the walk leaves the range
     */
    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        int end = start + count;
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= end) {
                    throw new IndexOutOfBoundsException();
                }
                if (Character.isHighSurrogate(a[x++]) && x < end && Character.isLowSurrogate(a[x])) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= start) {
                    throw new IndexOutOfBoundsException();
                }
                if (Character.isLowSurrogate(a[--x]) && x > start && Character.isHighSurrogate(a[x - 1])) {
                    x--;
                }
            }
        }
        return x;
    }
}
