package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Substitute;

/**
 * {@code ArraysSupport} without reading array memory through {@code Unsafe}. The JDK's
 * {@code vectorizedMismatch} compares arrays eight bytes at a time at raw offsets and returns the index of
 * the first differing element, or the complement of the number of elements it left for its caller to
 * compare one by one: the tail shorter than eight bytes, so none for elements of eight bytes, whose
 * callers ({@code mismatch} of {@code long[]} and {@code double[]}) have no loop of their own. Kiln has no
 * raw array memory: it compares eight-byte elements itself, by their bits (the offsets are those its
 * {@code Unsafe} reports: base 16, eight bytes per element), and leaves smaller ones all to the caller.
 */
final class ArraysSupport {
    private ArraysSupport() {
    }

    @Substitute
    public static int vectorizedMismatch(Object a, long aOffset, Object b, long bOffset, int length, int log2ArrayIndexScale) {
        if (log2ArrayIndexScale != 3) {
            return ~length;
        }
        int aFrom = (int) ((aOffset - 16) >> 3);
        int bFrom = (int) ((bOffset - 16) >> 3);
        for (int i = 0; i < length; i++) {
            if (bits(a, aFrom + i) != bits(b, bFrom + i)) {
                return i;
            }
        }
        return ~0;
    }

    private static long bits(Object array, int index) {
        if (array instanceof long[]) {
            return ((long[]) array)[index];
        }
        return Double.doubleToRawLongBits(((double[]) array)[index]);
    }
}
