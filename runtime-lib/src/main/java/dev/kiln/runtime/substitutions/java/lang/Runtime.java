package dev.kiln.runtime.substitutions.java.lang;

import dev.kiln.runtime.Substitute;

/** {@code Runtime} for a program with one thread. */
final class Runtime {
    private Runtime() {
    }

    /**
     * One processor: Wasm runs a Kiln program on one thread. {@code ConcurrentHashMap} sizes its
     * contention counters and resize strides by it.
     */
    @Substitute
    public int availableProcessors() {
        return 1;
    }
}
