package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * The exception a fork/join task threw, as reported to the thread that joins it (docs/CLASS-LIBRARY.md,
 * "Fork/join"). When that thread is not the one that ran the task, the JDK reports a new exception of the
 * same class with the original as its cause, made by reflection on the class's constructors, which a Kiln
 * program does not have; the substitutes report the original instead, as the JDK does when it finds no
 * suitable constructor. With Kiln's schedule the joining thread is nearly always the one that ran the task
 * (a task that ends in a started thread and is joined after the thread ended is the exception), where the
 * JVM, whose worker threads run most forked tasks, usually reports the copy: a program that wants the same
 * output on both looks at the innermost cause.
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
