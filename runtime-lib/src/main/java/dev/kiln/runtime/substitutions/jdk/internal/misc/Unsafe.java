package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.ArrayLayout;
import dev.kiln.runtime.Substitute;

/**
 * The parts of {@code Unsafe} that describe array layout, so that classes which compute offsets in their
 * static initializers ({@code ArraysSupport}) initialise. A Kiln program has no addressable heap: every
 * native that reads or writes memory through {@code Unsafe} stays native and is a compile error when
 * reached. The layout reported is a 64-bit JVM's with compressed references (base offset 16; the element
 * size in bytes as the index scale, 4 for references), so offsets computed from it are consistent.
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

    private static Class<?> component(Class<?> arrayClass) {
        Class<?> c = arrayClass.getComponentType();
        if (c == null) {
            throw new IllegalArgumentException("not an array class: " + arrayClass.getName());
        }
        return c;
    }
}
