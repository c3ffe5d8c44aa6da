package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.ArrayLayout;
import dev.kiln.runtime.Substitute;

/**
 * {@code vectorizedMismatch}, the word-at-a-time comparison behind {@code Arrays.equals}, {@code mismatch} and
 * {@code compare} of primitive arrays (and of heap buffers), without {@code Unsafe} memory reads: it compares
 * the elements themselves.
 *
 * <p>Its contract (JDK internal, relied on by every caller in JDK 17 and 25): given two arrays, byte offsets
 * into them as {@code Unsafe.ARRAY_*_BASE_OFFSET + (index << log2ArrayIndexScale)} and a length in elements of
 * {@code 1 << log2ArrayIndexScale} bytes, return the index of the first element whose bytes differ, or else
 * the bitwise complement of the number of elements left for the caller to compare. This one always compares
 * every element, so it returns -1 ({@code ~0}) when none differs. Elements are compared by their raw bits
 * (floats and doubles included; callers deal with NaNs), so the index is the JDK's. An element may span
 * several elements of the underlying array (a {@code LongBuffer} view of a {@code byte[]}); its bytes are
 * then read in little-endian order, the order of every platform HotSpot runs these buffers on natively.
 */
final class ArraysSupport {
    private ArraysSupport() {
    }

    @Substitute
    public static int vectorizedMismatch(Object a, long aOffset, Object b, long bOffset, int length,
            int log2ArrayIndexScale) {
        int size = 1 << log2ArrayIndexScale;
        int aSize = elementSize(a);
        long aByte = aOffset - baseOffset(a);
        long bByte = bOffset - baseOffset(b);
        if (a.getClass() == b.getClass() && aSize == size && ((aByte | bByte) & (size - 1)) == 0) {
            int ai = (int) (aByte >> log2ArrayIndexScale);
            int bi = (int) (bByte >> log2ArrayIndexScale);
            return sameTypeMismatch(a, ai, b, bi, length);
        }
        for (int i = 0; i < length; i++) {
            long ap = aByte + ((long) i << log2ArrayIndexScale);
            long bp = bByte + ((long) i << log2ArrayIndexScale);
            for (int k = 0; k < size; k++) {
                if (byteAt(a, ap + k) != byteAt(b, bp + k)) {
                    return i;
                }
            }
        }
        return ~0;
    }

    /** The first index {@code i < length} where {@code a[ai + i]} and {@code b[bi + i]} differ in their bits, else -1. */
    private static int sameTypeMismatch(Object a, int ai, Object b, int bi, int length) {
        if (a instanceof byte[] x) {
            byte[] y = (byte[]) b;
            for (int i = 0; i < length; i++) {
                if (x[ai + i] != y[bi + i]) {
                    return i;
                }
            }
        } else if (a instanceof int[] x) {
            int[] y = (int[]) b;
            for (int i = 0; i < length; i++) {
                if (x[ai + i] != y[bi + i]) {
                    return i;
                }
            }
        } else if (a instanceof long[] x) {
            long[] y = (long[]) b;
            for (int i = 0; i < length; i++) {
                if (x[ai + i] != y[bi + i]) {
                    return i;
                }
            }
        } else if (a instanceof char[] x) {
            char[] y = (char[]) b;
            for (int i = 0; i < length; i++) {
                if (x[ai + i] != y[bi + i]) {
                    return i;
                }
            }
        } else if (a instanceof short[] x) {
            short[] y = (short[]) b;
            for (int i = 0; i < length; i++) {
                if (x[ai + i] != y[bi + i]) {
                    return i;
                }
            }
        } else if (a instanceof boolean[] x) {
            boolean[] y = (boolean[]) b;
            for (int i = 0; i < length; i++) {
                if (x[ai + i] != y[bi + i]) {
                    return i;
                }
            }
        } else if (a instanceof float[] x) {
            float[] y = (float[]) b;
            for (int i = 0; i < length; i++) {
                if (Float.floatToRawIntBits(x[ai + i]) != Float.floatToRawIntBits(y[bi + i])) {
                    return i;
                }
            }
        } else {
            double[] x = (double[]) a;
            double[] y = (double[]) b;
            for (int i = 0; i < length; i++) {
                if (Double.doubleToRawLongBits(x[ai + i]) != Double.doubleToRawLongBits(y[bi + i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The size in bytes of an element of the primitive array {@code array}. */
    private static int elementSize(Object array) {
        if (array instanceof byte[] || array instanceof boolean[]) {
            return 1;
        } else if (array instanceof char[] || array instanceof short[]) {
            return 2;
        } else if (array instanceof int[] || array instanceof float[]) {
            return 4;
        } else if (array instanceof long[] || array instanceof double[]) {
            return 8;
        }
        throw noArray(array);
    }

    /** Where element 0 of the primitive array {@code array} is, as the {@code Unsafe} substitution reports it. */
    private static long baseOffset(Object array) {
        elementSize(array);
        return ArrayLayout.BASE_OFFSET;
    }

    /** Byte {@code index} of the primitive array {@code array}'s elements laid out little-endian. */
    private static int byteAt(Object array, long index) {
        if (array instanceof byte[] x) {
            return x[(int) index] & 0xff;
        } else if (array instanceof boolean[] x) {
            return x[(int) index] ? 1 : 0;
        }
        long bits;
        int size;
        if (array instanceof char[] x) {
            bits = x[(int) (index >> 1)];
            size = 2;
        } else if (array instanceof short[] x) {
            bits = x[(int) (index >> 1)];
            size = 2;
        } else if (array instanceof int[] x) {
            bits = x[(int) (index >> 2)];
            size = 4;
        } else if (array instanceof float[] x) {
            bits = Float.floatToRawIntBits(x[(int) (index >> 2)]);
            size = 4;
        } else if (array instanceof long[] x) {
            bits = x[(int) (index >> 3)];
            size = 8;
        } else if (array instanceof double[] x) {
            bits = Double.doubleToRawLongBits(x[(int) (index >> 3)]);
            size = 8;
        } else {
            throw noArray(array);
        }
        return (int) (bits >>> (8 * (index & (size - 1)))) & 0xff;
    }

    private static InternalError noArray(Object base) {
        return new InternalError("vectorizedMismatch on " + (base == null ? "off-heap memory" : base.getClass().getName())
                + ": a Kiln program has only primitive arrays to compare");
    }
}
