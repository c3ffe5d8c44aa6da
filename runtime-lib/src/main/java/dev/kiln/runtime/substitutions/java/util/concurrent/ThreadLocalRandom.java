package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Substitute;

/**
 * The contention probe of {@code ThreadLocalRandom} for a program with one thread. The JDK keeps a probe
 * hash and a random seed in fields of each {@code Thread}, reached through {@code Thread.currentThread()},
 * and seeds the first from {@code SecureRandom} when asked to; {@code ConcurrentHashMap}, {@code LongAdder}
 * and the like use the probe to spread contending threads over counter cells. With one thread the probe
 * is one static value, and the random numbers ({@link #current()}), which need the current {@code Thread},
 * are not provided: asking for them throws {@code UnsupportedOperationException}.
 */
final class ThreadLocalRandom {
    /** The probe hash of the one thread; 0 until {@link #localInit()}. */
    private static int kilnProbe;

    private ThreadLocalRandom() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    @Substitute
    public static java.util.concurrent.ThreadLocalRandom current() {
        throw new UnsupportedOperationException("Kiln has no ThreadLocalRandom: it needs the current Thread");
    }

    /** Gives the thread a nonzero probe. */
    @Substitute
    static void localInit() {
        if (kilnProbe == 0) {
            kilnProbe = 0x9e3779b9;
        }
    }

    @Substitute
    static int getProbe() {
        return kilnProbe;
    }

    /** The next probe: one step of Marsaglia's xorshift, as a thread that collided moves on. */
    @Substitute
    static int advanceProbe(int probe) {
        probe ^= probe << 13;
        probe ^= probe >>> 17;
        probe ^= probe << 5;
        kilnProbe = probe;
        return probe;
    }
}
