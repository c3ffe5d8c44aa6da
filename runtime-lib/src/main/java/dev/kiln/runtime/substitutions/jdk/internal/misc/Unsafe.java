package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.ArrayLayout;
import dev.kiln.runtime.Substitute;

/**
 * The parts of {@code Unsafe} that describe array layout, so that classes which compute offsets in their
 * static initializers ({@code ArraysSupport}) initialise, and the memory fences. A Kiln program has no
 * addressable heap: every native that reads or writes memory through {@code Unsafe} stays native and is a
 * compile error when reached, unless the frontend can tell which field or array element the call accesses
 * and lowers it to plain bytecode (docs/CLASS-LIBRARY.md, "VarHandles and Unsafe"). The layout reported is a
 * 64-bit JVM's with compressed references (base offset 16; the element size in bytes as the index scale, 4 for
 * references), so offsets computed from it are consistent; the frontend's lowering of array accesses at
 * computed offsets assumes this layout.
 */
final class Unsafe {
    private Unsafe() {
    }

    /** Nothing to register: the natives that remain have no implementation. */
    @Substitute
    private static void registerNatives() {
    }

    /** The offset of element 0 in an array of class {@code arrayClass}. */
    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        component(arrayClass);
        return ArrayLayout.BASE_OFFSET;
    }

    /** The size in bytes of an element of an array of class {@code arrayClass}. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        Class<?> c = component(arrayClass);
        if (c == boolean.class || c == byte.class) {
            return 1;
        } else if (c == char.class || c == short.class) {
            return 2;
        } else if (c == long.class || c == double.class) {
            return 8;
        }
        return 4;
    }

    /**
     * No memory ordering to enforce: a Kiln program runs on one thread. Native on JDK 17 and 25; the other
     * fences ({@code loadFence}, {@code storeFence}, and {@code loadLoadFence}/{@code storeStoreFence} which call
     * them) are native on JDK 17 and call this one on JDK 25.
     */
    @Substitute
    public void fullFence() {
    }

    /** No memory ordering to enforce (see {@link #fullFence}). */
    @Substitute
    public void loadFence() {
    }

    /** No memory ordering to enforce (see {@link #fullFence}). */
    @Substitute
    public void storeFence() {
    }

    private static Class<?> component(Class<?> arrayClass) {
        Class<?> c = arrayClass.getComponentType();
        if (c == null) {
            throw new IllegalArgumentException("not an array class: " + arrayClass.getName());
        }
        return c;
    }
}
