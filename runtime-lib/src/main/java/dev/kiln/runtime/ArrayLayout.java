package dev.kiln.runtime;

/**
 * The array layout that the {@code Unsafe} substitution reports (a 64-bit JVM's with compressed references),
 * in one place for the substitutions that turn {@code Unsafe} offsets back into indices. Kiln's arrays are
 * Wasm GC arrays with no addressable bytes; these numbers only keep offset arithmetic consistent.
 */
public final class ArrayLayout {
    /** The offset of element 0 in every array class. */
    public static final int BASE_OFFSET = 16;

    private ArrayLayout() {
    }
}
