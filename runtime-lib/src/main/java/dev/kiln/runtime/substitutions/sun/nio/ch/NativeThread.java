package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.Substitute;

/**
 * No native threads to signal: a Kiln thread runs to completion before another runs, so no thread is ever blocked
 * in an I/O operation that another could need to interrupt. The token of the current thread is the one the JDK
 * uses where no signal is needed (-1 on JDK 17, 0, "not a native thread", from JDK 21).
 */
final class NativeThread {
    private NativeThread() {
    }

    @Substitute
    private static void init() {
    }

    @Substitute(maxJdk = 20)
    public static long current() {
        return -1;
    }

    @Substitute(maxJdk = 20)
    public static void signal(long nt) {
    }

    @Substitute(minJdk = 21)
    private static long current0() {
        return 0;
    }

    @Substitute(minJdk = 21)
    private static void signal0(long nt) {
    }

    @Substitute(minJdk = 21)
    private static boolean supportPendingSignals0() {
        return false;
    }
}
