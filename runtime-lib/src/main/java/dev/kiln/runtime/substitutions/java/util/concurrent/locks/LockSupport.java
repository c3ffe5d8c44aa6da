package dev.kiln.runtime.substitutions.java.util.concurrent.locks;

import dev.kiln.runtime.Substitute;

/**
 * Parking for a program with one thread. {@code park} may return spuriously, "for no reason", by its
 * specification, and callers re-check their condition in a loop; with no other thread to unpark it that
 * is the only way it can return, so it returns at once (the JDK's would block forever where a Kiln
 * program spins). Permits are never needed, so {@code unpark} does nothing.
 *
 * <p>The static initializer computes the offset of {@code Thread.parkBlocker} (and, on JDK 17, of
 * {@code Thread.tid}), fields runtime-lib's {@code Thread} does not have, so that offset could not be lowered
 * ("VarHandles and Unsafe" in docs/CLASS-LIBRARY.md) and any class reaching {@code LockSupport} (a
 * {@code ConcurrentHashMap} lookup, so {@code Properties}) failed to compile. It is left out: the substitutes
 * below need nothing from it, and the blocker methods that would use the offset stay compile errors.
 */
final class LockSupport {
    private LockSupport() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    @Substitute
    public static void unpark(Thread thread) {
    }

    @Substitute
    public static void park(Object blocker) {
    }

    @Substitute
    public static void park() {
    }

    /**
     * Returns at once, as {@link #park(Object)}; a timed wait's caller re-checks its deadline. (The JDK's bodies
     * would reach {@code Unsafe.park}, also substituted, but JDK 25's ask {@code Thread.isVirtual()} first.)
     */
    @Substitute
    public static void parkNanos(Object blocker, long nanos) {
    }

    @Substitute
    public static void parkNanos(long nanos) {
    }

    @Substitute
    public static void parkUntil(Object blocker, long deadline) {
    }

    @Substitute
    public static void parkUntil(long deadline) {
    }
}
