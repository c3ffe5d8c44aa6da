package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Substitute;

/**
 * {@code java.nio.Buffer}'s initializer asks for the scoped memory accessor, whose own initializer registers
 * HotSpot's natives. Nothing to register: its accessors end in {@code Unsafe}'s, which read and write the arrays
 * of heap buffers (the {@code Unsafe} substitution); {@code closeScope0} (closing a shared memory session) stays
 * native.
 */
final class ScopedMemoryAccess {
    private ScopedMemoryAccess() {
    }

    @Substitute
    private static void registerNatives() {
    }
}
