package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.ClassTable;
import dev.kiln.runtime.Substitute;

/**
 * {@code comparableClassFor}, which orders the keys of a bin that became a tree, answered from the closed
 * world: the JDK reads {@code getGenericInterfaces()}, which needs run-time generic signatures; the
 * frontend answers the same question from each class's {@code Signature} attribute at compile time
 * ({@link ClassTable#comparableToItself}).
 */
final class HashMap {
    private HashMap() {
    }

    /** {@code x}'s class if it is String or declares {@code Comparable<itself>} directly; else null. */
    @Substitute
    static Class<?> comparableClassFor(Object x) {
        return ClassTable.comparableClassFor(x);
    }
}
