package dev.kiln.runtime.substitutions.jdk.internal.ref;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.lang.ref.Cleaner;
import java.util.concurrent.ThreadFactory;

/**
 * Cleaners without a cleaner thread. The JDK's cleaner starts a daemon thread that waits for the collector
 * to enqueue phantom-reachable objects and runs their cleaning actions. Kiln's collector never enqueues a
 * reference (the {@code Reference} substitution), and a started thread runs to completion at once, so that
 * thread would wait forever before the program went on: none is started. A cleaning action still runs when
 * the program calls {@code clean()} on its cleanable (as {@code Executors}' auto-shutdown executors do when
 * shut down), which is all a cleaner can promise.
 */
final class CleanerImpl {
    private CleanerImpl() {
    }

    @Alias
    static native CleanerImpl getCleanerImpl(Cleaner cleaner);

    /** Registers the cleaner's own cleanable, as the JDK's does, and starts no thread. */
    @Substitute
    public void start(Cleaner cleaner, ThreadFactory threadFactory) {
        if (getCleanerImpl(cleaner) != this) {
            throw new AssertionError("wrong cleaner");
        }
        new CleanerCleanable(cleaner);
    }

    /** The cleaner thread's loop, which never runs (see the class comment). */
    @Substitute
    public void run() {
        throw new InternalError("Kiln starts no cleaner thread");
    }

    /** Stands for the JDK's cleanable of the cleaner itself. */
    static final class CleanerCleanable {
        CleanerCleanable(Cleaner cleaner) {
        }
    }
}
