package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.ClassTable;

/** {@code comparableClassFor} from the closed world, as for {@code HashMap} (see {@link ClassTable#comparableClassFor}). */
final class ConcurrentHashMap {
    private ConcurrentHashMap() {
    }

    @Substitute
    static Class<?> comparableClassFor(Object x) {
        return ClassTable.comparableClassFor(x);
    }
}
