package dev.kiln.runtime.substitutions.jdk.internal.vm;

import dev.kiln.runtime.Substitute;

/**
 * No continuations (virtual threads) in a Kiln program: the VM query answers false, and the pinning helpers
 * do what they do then, nothing, without reaching {@code Continuation}'s natives (JDK 21 and later; reached
 * from {@code ReferenceQueue.poll}).
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
