package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * {@code clone()} gives the copy a lock of its own through {@code resetLock()}, which stores into the final field
 * {@code lock}: by reflection ({@code Field.set}) on JDK 17, through {@code Unsafe.putReference} on JDK 25. Both
 * are one field store, which the substitute makes directly: unlike the JVM, Kiln does not confine stores into a
 * final field to the constructors.
 */
final class CopyOnWriteArrayList {
    private CopyOnWriteArrayList() {
    }

    @Alias
    transient Object lock;

    @Substitute
    private void resetLock() {
        lock = new Object();
    }
}
