package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Substitute;

/**
 * JDK 21's bracket around blocking file operations, which lets a virtual thread's carrier be replaced while it
 * blocks. Kiln has no virtual threads, so nothing is ever compensated ({@code begin} returns false, as for a
 * platform thread), and the initializer's {@code JavaLangAccess}, which Kiln's {@code System} does not register,
 * is not needed.
 */
final class Blocker {
    private Blocker() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    @Substitute
    public static boolean begin() {
        return false;
    }

    @Substitute
    public static boolean begin(boolean blocking) {
        return false;
    }

    @Substitute
    public static void end(boolean attempted) {
    }
}
