package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.security.AccessControlContext;
import java.security.Permission;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ForkJoinPool.ForkJoinWorkerThreadFactory;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Fork/join pools for a program with one thread (docs/CLASS-LIBRARY.md, "Fork/join"): a task submitted to a
 * pool runs at once, on the submitting thread, as {@code ForkJoinTask.fork()} runs a forked one (see its
 * substitution), so the pool's work queues stay empty and the pool never starts a worker thread. The rest
 * of the pool is the JDK's: its parallelism (the common pool's is {@code availableProcessors() - 1}, at
 * least 1, so 1, as on a one-processor JVM), shutdown and termination, statistics (no queued tasks, no
 * steals), and every join, which finds its task done.
 *
 * <p>Class libraries: JDK 17 and JDK 25 are checked; the substitutes that differ between them split at 19
 * (the JDK 19 rewrite of the pool), which the versions in between are assumed to follow.
 */
abstract class ForkJoinPool extends AbstractExecutorService {
    @Alias(minJdk = 19)
    int parallelism;
    @Alias(minJdk = 19)
    long config;
    @Alias(minJdk = 19)
    ForkJoinWorkerThreadFactory factory;
    @Alias(minJdk = 19)
    Thread.UncaughtExceptionHandler ueh;
    @Alias(minJdk = 19)
    long keepAlive;
    @Alias(minJdk = 19)
    String workerNamePrefix;
    @Alias(minJdk = 19)
    String poolName;
    @Alias(minJdk = 19)
    WorkQueue[] queues;
    @Alias(minJdk = 19)
    static ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory;

    /**
     * Creates no worker: the pool never has queued work for one (see the class comment). The JDK's pool
     * handles a factory that makes no thread the same way.
     */
    @Substitute
    private boolean createWorker() {
        return false;
    }

    /**
     * Runs {@code task} at once, as the pool's worker would when it takes the task (JDK 17's one entry for
     * {@code invoke}, {@code execute}, {@code submit} and the {@code invokeAll}/{@code invokeAny} of callables).
     *
     * @throws RejectedExecutionException if the pool has been shut down
     */
    @Substitute(maxJdk = 18)
    private <T> ForkJoinTask<T> externalSubmit(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        return runSubmitted(task);
    }

    /** Runs {@code task} at once (JDK 19 and later: see {@link #externalSubmit}). */
    @Substitute(minJdk = 19)
    private <T> ForkJoinTask<T> poolSubmit(boolean signalIfEmpty, ForkJoinTask<T> task) {
        return runSubmitted(task);
    }

    /** Runs {@code task} at once (JDK 19 and later, public: see {@link #externalSubmit}). */
    @Substitute(name = "externalSubmit", minJdk = 19)
    public <T> ForkJoinTask<T> externalSubmitJdk25(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        return runSubmitted(task);
    }

    private <T> ForkJoinTask<T> runSubmitted(ForkJoinTask<T> task) {
        if (isShutdown()) {
            throw new RejectedExecutionException();
        }
        // A forked task runs at once (ForkJoinTask's substitution): a task pushed on any pool's queue is taken
        // the moment it is pushed.
        task.fork();
        return task;
    }

    /**
     * The object made by the class a system property names ({@code ...common.threadFactory},
     * {@code ...common.exceptionHandler}), null if the property is not set. A Kiln program loads no class by
     * name, so a class named is never found; the common pool ignores that failure, as on the JVM, and uses
     * its defaults.
     */
    @Substitute(maxJdk = 18)
    private static Object newInstanceFromSystemProperty(String property) throws ReflectiveOperationException {
        String className = System.getProperty(property);
        if (className == null) {
            return null;
        }
        throw new ClassNotFoundException(className);
    }

    /**
     * No access control context: there is no security manager, and the context only ever served worker
     * threads, which the pool never creates (JDK 17's factories build theirs in their static initializers).
     */
    @Substitute(maxJdk = 18)
    static AccessControlContext contextWithPermissions(Permission... permissions) {
        return null;
    }

    /**
     * The common pool, configured as the JDK's from the system properties
     * {@code java.util.concurrent.ForkJoinPool.common.parallelism} and {@code ...maximumSpares}. The properties
     * {@code ...threadFactory} and {@code ...exceptionHandler} name classes to load, which a Kiln program
     * cannot: the JDK's pool ignores a class it cannot load, and so does this one. The JDK's pool also makes
     * a thread container for its workers, which it never has here (see the class comment).
     */
    @Substitute(minJdk = 19)
    private ForkJoinPool(byte forCommonPoolOnly) {
        int maxSpares = 256;
        int configured = 0;
        boolean preset = false;
        try {
            String p = System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism");
            if (p != null) {
                configured = Math.max(0, Integer.parseInt(p));
                preset = true;
            }
            String m = System.getProperty("java.util.concurrent.ForkJoinPool.common.maximumSpares");
            if (m != null) {
                long spares = Integer.parseInt(m);
                maxSpares = (int) Math.min(Math.max(spares, 0), 32767);
            }
        } catch (Exception ignored) {
            // As the JDK's: a malformed property leaves the rest at the defaults.
        }
        if (!preset) {
            configured = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }
        int p = Math.min(configured, 32767);
        int size = Math.max(16, p == 0 ? 1 : 1 << (33 - Integer.numberOfLeadingZeros(p - 1)));
        parallelism = p;
        config = ((preset ? 4L : 0L) & 0xffffffffL) | ((long) maxSpares << 32) | (1L << 48);
        factory = defaultForkJoinWorkerThreadFactory;
        ueh = null;
        keepAlive = 60_000L;
        workerNamePrefix = null;
        poolName = "ForkJoinPool.commonPool";
        queues = new WorkQueue[size];
    }

    /** Stands for the JDK's work queue. */
    static final class WorkQueue {
        private WorkQueue() {
        }
    }
}
