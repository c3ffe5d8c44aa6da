package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * Fork/join tasks for a program with one thread (docs/CLASS-LIBRARY.md, "Fork/join"). {@link #fork()} runs
 * the task at once, on the forking thread, and returns when it has run: the schedule of a pool whose worker
 * takes each pushed task the moment it is pushed and runs it to completion, which is one the JVM may
 * choose for every fork/join computation. A task pushed on a pool by a submission ({@code ForkJoinPool}'s
 * substitution) runs the same way, so the work queues stay empty, no worker thread is ever needed, and a
 * join finds its task done unless it was never forked (then the JDK's join parks, which throws an
 * {@code Error} where the JVM would wait forever: see the {@code Unsafe.park} substitution).
 *
 * <p>The exception a task threw is reported as it was thrown: the JDK re-creates it by reflection (a new
 * exception of its class with the original as its cause) when the thread that joins is not the one that
 * ran the task, which a Kiln program cannot do; that happens only when a task run in a started thread is
 * joined after the thread ended, and the JDK too reports the original when it finds no suitable constructor.
 */
final class ForkJoinTask<V> {
    @Alias
    volatile int status;
    @Alias
    private Aux aux;
    @Alias
    private static int ABNORMAL;
    @Alias
    private static int THROWN;

    private ForkJoinTask() {
    }

    /** Runs the task unless it is done, recording its outcome; JDK 17 returns the status. */
    @Alias(name = "doExec", maxJdk = 18)
    private native int doExecReturningStatus();

    /** Runs the task unless it is done, recording its outcome (JDK 19 and later). */
    @Alias(name = "doExec", minJdk = 19)
    private native void doExecReturningNothing();

    /** Runs this task at once, on this thread (see the class comment), and returns it. */
    @Substitute(name = "fork", maxJdk = 18)
    public final ForkJoinTask<V> forkJdk17() {
        doExecReturningStatus();
        return this;
    }

    /** Runs this task at once, on this thread (see the class comment), and returns it. */
    @Substitute(name = "fork", minJdk = 19)
    public final ForkJoinTask<V> forkJdk25() {
        doExecReturningNothing();
        return this;
    }

    /** The exception the task threw, if any, as thrown (see the class comment). */
    @Substitute(maxJdk = 18)
    private Throwable getThrowableException() {
        Aux a = aux;
        return a == null ? null : a.ex;
    }

    /**
     * The exception that ended the task abnormally, null if it completed normally or is not done: the one
     * it threw, as thrown (see the class comment) and wrapped in an {@code ExecutionException} if asked, or a
     * {@code CancellationException} if it was cancelled.
     */
    @Substitute(minJdk = 19)
    private Throwable getException(boolean asExecutionException) {
        int s = status;
        if (s >= 0 || (s & ABNORMAL) == 0) {
            return null;
        }
        Aux a = aux;
        Throwable ex;
        if ((s & THROWN) == 0 || a == null || (ex = a.ex) == null) {
            return new CancellationException();
        }
        return asExecutionException ? new ExecutionException(ex) : ex;
    }

    /** Stands for the JDK's record of a task's exception. */
    static final class Aux {
        @Alias
        Throwable ex;

        private Aux() {
        }
    }
}
