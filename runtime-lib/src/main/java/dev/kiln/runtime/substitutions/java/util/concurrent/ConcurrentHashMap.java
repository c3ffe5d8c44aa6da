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

    static final class TreeBin {
        private TreeBin() {
        }

        /**
         * Waits for the tree bin's lock. The JDK parks the current thread until the holder releases it; with
         * one thread the lock is always free when an operation starts, so this is never called.
         */
        @Substitute
        private void contendedLock() {
            throw new InternalError("a ConcurrentHashMap tree bin is locked, yet Kiln runs one thread");
        }
    }
}
