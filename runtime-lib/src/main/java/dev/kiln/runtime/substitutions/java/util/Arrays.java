package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.ArrayCopy;
import dev.kiln.runtime.Substitute;

/**
 * {@code Arrays.copyOf} and {@code copyOfRange} into an array of a given class without {@code java.lang.reflect.Array}: a Kiln
 * program cannot make an array from a {@code Class} object in general, but it can make one of the same
 * class as an existing array ({@link ArrayCopy#newArrayLike}), which is what every caller that passes
 * {@code original.getClass()} (ArrayList, {@code copyOf(T[], int)}) needs. Another class is a run-time
 * {@code UnsupportedOperationException} (docs/CLASS-LIBRARY.md).
 */
final class Arrays {
    private Arrays() {
    }

    /** See {@code java.util.Arrays.copyOf(Object[], int, Class)}. */
    @Substitute
    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        if (newLength < 0) {
            throw new NegativeArraySizeException(Integer.toString(newLength));
        }
        T[] copy = newArray(original, newLength, newType);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** See {@code java.util.Arrays.copyOfRange(Object[], int, int, Class)}. */
    @Substitute
    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        T[] copy = newArray(original, newLength, newType);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A new array of class {@code newType} and length {@code newLength} (not negative). */
    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(Object[] original, int newLength, Class<? extends T[]> newType) {
        if ((Object) newType == Object[].class) {
            return (T[]) new Object[newLength];
        } else if (newType == original.getClass()) {
            return (T[]) ArrayCopy.newArrayLike(original, newLength);
        } else if (newType.getComponentType() == null) {
            throw new NullPointerException();
        }
        throw new UnsupportedOperationException("Kiln cannot create an array of class " + newType.getName()
                + " from its Class object (Arrays.copyOf from " + original.getClass().getName() + ")");
    }
}
