package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.ExecutionException;

/**
 * Interruptible copies and moves ({@code ExtendedCopyOption.INTERRUPTIBLE}) on the calling thread. The JDK runs the
 * task on a new thread while the caller waits, so that interrupting the caller can cancel it through a flag in
 * native memory ({@code Unsafe.allocateMemory}) that the native copy loop polls. A Kiln thread runs a started thread
 * to completion before the caller goes on, so no other thread could ever interrupt the copy: it runs here, there is
 * no flag (the polling address is 0, which the copy never reads), and an exception it throws reaches the caller in
 * an {@code ExecutionException}, as from the JDK's thread.
 */
final class Cancellable {
    @Alias
    private long pollingAddress;
    @Alias
    private Object lock;
    @Alias
    private boolean completed;
    @Alias
    private Throwable exception;

    @Substitute
    protected Cancellable() {
        lock = new Object();
        pollingAddress = 0;
    }

    @Alias
    native void implRun() throws Throwable;

    /** Nothing polls a flag: the task is never running on another thread when this could be called. */
    @Substitute
    final void cancel() {
    }

    @Substitute
    public final void run() {
        try {
            implRun();
        } catch (Throwable t) {
            exception = t;
        }
        completed = true;
    }

    @Substitute
    static void runInterruptibly(Cancellable task) throws ExecutionException {
        task.run();
        if (task.exception != null) {
            throw new ExecutionException(task.exception);
        }
    }
}
