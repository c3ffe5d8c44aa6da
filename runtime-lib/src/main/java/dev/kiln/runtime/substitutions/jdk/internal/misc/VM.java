package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Substitute;

/**
 * {@code VM.<clinit>} calls the native {@code initialize()}, which on HotSpot only registers the class's other
 * natives: nothing to register in a Kiln program (those natives stay compile errors when reached). Reached
 * from {@code ReferenceQueue.poll} (its count of pending finalizable references).
 */
final class VM {
    private VM() {
    }

    @Substitute
    private static void initialize() {
    }
}
