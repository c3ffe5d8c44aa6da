package dev.kiln.runtime;

/**
 * The natives of {@code java.lang.reflect.Array} that need no member metadata: creating an array from
 * its component's Class object and reading an array's length, with the JVM's checks and messages. The
 * backend's {@code kiln.array_new} knows the array types the program names (docs/CLASS-LIBRARY.md,
 * "Arrays from Class objects"); a component whose array type the program never names is an
 * {@link InternalError} naming it, never a wrong array.
 */
public final class ReflectArrays {
    private ReflectArrays() {
    }

    /** See {@code java.lang.reflect.Array.newInstance(Class, int)}. */
    public static Object newArray(Class<?> component, int length) {
        if (component == null) {
            throw new NullPointerException();
        }
        if (component == void.class) {
            throw new IllegalArgumentException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        Object array = newArrayOf(component, length);
        if (array == null) {
            throw new InternalError("Kiln: this program has no array type " + component.getName()
                    + "[]: Array.newInstance can only create arrays of the types the program names"
                    + " (docs/CLASS-LIBRARY.md)");
        }
        return array;
    }

    /** See {@code java.lang.reflect.Array.getLength(Object)}. */
    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return arrayLength(array);
    }

    /** A new array of {@code length} default elements and component {@code component}, or null. */
    @Intrinsic("kiln.array_new")
    private static native Object newArrayOf(Class<?> component, int length);

    @Intrinsic("kiln.array_length")
    private static native int arrayLength(Object array);
}
