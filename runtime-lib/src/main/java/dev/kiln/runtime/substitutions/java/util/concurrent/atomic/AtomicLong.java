package dev.kiln.runtime.substitutions.java.util.concurrent.atomic;

import dev.kiln.runtime.Substitute;

/**
 * Answers {@code AtomicLong}'s question whether the machine compares and swaps longs without a lock: it does,
 * trivially, with one thread (and {@code AtomicLong}'s own accesses are lowered to plain field bytecode,
 * docs/CLASS-LIBRARY.md, "VarHandles and Unsafe"). JDK 22 dropped the question along with HotSpot's
 * lock-based fallback (JDK-8318776).
 */
final class AtomicLong {
    private AtomicLong() {
    }

    @Substitute(maxJdk = 21)
    private static boolean VMSupportsCS8() {
        return true;
    }
}
