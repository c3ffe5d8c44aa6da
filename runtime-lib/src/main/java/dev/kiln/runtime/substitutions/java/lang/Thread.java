package dev.kiln.runtime.substitutions.java.lang;

import dev.kiln.runtime.Substitute;

/**
 * The parts of {@code Thread} that classes reach without starting threads. A Kiln program has one thread;
 * creating or starting another stays a compile error (the JDK's natives).
 */
final class Thread {
    private Thread() {
    }

    /** Nothing to register: the natives that remain have no implementation. */
    @Substitute
    private static void registerNatives() {
    }

    /**
     * A hint that the current thread could let others run: with one thread there are none, so it returns
     * at once. {@code ConcurrentHashMap} reaches it while another thread initialises its table, which
     * cannot happen here. Native on JDK 17; on JDK 25 it asks the current (possibly virtual) thread.
     */
    @Substitute
    public static void yield() {
    }
}
