package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Substitute;

/**
 * {@code ArraysSupport} without reading array memory through {@code Unsafe}. The JDK's
 * {@code vectorizedMismatch} compares arrays eight bytes at a time at raw offsets and returns the
 * complement of the number of elements it left for its caller to compare one by one; Kiln has no raw
 * array memory, so it compares none and leaves them all, which its callers ({@code Arrays.equals} and
 * {@code mismatch} of primitive arrays, {@code BigInteger.equals}) then do.
 */
final class ArraysSupport {
    private ArraysSupport() {
    }

    @Substitute
    public static int vectorizedMismatch(Object a, long aOffset, Object b, long bOffset, int length, int log2ArrayIndexScale) {
        return ~length;
    }
}
