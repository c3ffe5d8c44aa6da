package dev.kiln.runtime.substitutions.java.lang.reflect;

import dev.kiln.runtime.ReflectArrays;
import dev.kiln.runtime.Substitute;

/**
 * {@code java.lang.reflect.Array}'s natives for creating arrays and reading their length, which the
 * collections reach ({@code Arrays.copyOf} to a given array class, {@code TimSort}'s scratch arrays,
 * {@code toArray(T[])}); see {@link ReflectArrays}. The element accessors ({@code get}, {@code set} and their
 * primitive forms) and {@code multiNewArray} stay native: reaching one is a compile error.
 */
final class Array {
    private Array() {
    }

    @Substitute
    private static Object newArray(Class<?> componentType, int length) {
        return ReflectArrays.newArray(componentType, length);
    }

    @Substitute
    public static int getLength(Object array) {
        return ReflectArrays.getLength(array);
    }
}
