package dev.kiln.runtime.substitutions.jdk.internal.vm;

import dev.kiln.runtime.Substitute;

/**
 * No continuations, so no virtual threads, in a Kiln program (JDK 19 and later): nothing needs pinning to
 * its carrier thread.
 */
final class ContinuationSupport {
    private ContinuationSupport() {
    }

    @Substitute
    private static boolean isSupported0() {
        return false;
    }

    @Substitute
    public static void pinIfSupported() {
    }

    @Substitute
    public static void unpinIfSupported() {
    }
}
