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
 * Fork/join pools for a program with one thread (docs/CLASS-LIBRARY.md, "Fork/join"). A pool never starts a
 * worker thread: {@code createWorker} declines, as when a thread factory makes no thread, so a forked task
 * waits in the pool's queue until a thread joins it, and the JDK's own paths for a joining thread that is no
 * worker run it (they take the task itself out of the queue, or help a counted completer's tree along), as
 * they do on a JVM whose common pool has parallelism 0. A task submitted to a pool ({@code invoke},
 * {@code submit}, {@code execute}, the callables of {@code invokeAll}/{@code invokeAny}, and so
 * {@code CompletableFuture}'s async stages on JDK 25) is forked and then the submitting thread helps until
 * the pools are quiescent: a worker would have taken it at once and run it, with whatever it forked, to
 * the end. The rest is the JDK's: parallelism (the common pool's is {@code availableProcessors() - 1}, at
 * least 1, so 1, as on a one-processor JVM), shutdown and termination, and the statistics (no threads).
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
     * Creates no worker (see the class comment) and takes back the worker that {@code signalWork} counted in
     * {@code ctl} before asking for it (one more released and one more total worker), so that the pool's counts
     * stay true: no workers, none active. (The JDK's own failure path does the same on JDK 25; on JDK 17 it
     * leaves the count in place when the factory makes no thread.)
     */
    @Substitute
    private boolean createWorker() {
        long c = ctl;
        long expected;
        do {
            expected = c;
            c = compareAndExchangeCtl(c, (RC_MASK & (c - RC_UNIT)) | (TC_MASK & (c - TC_UNIT)) | (c & 0xffffffffL));
        } while (c != expected);
        return false;
    }

    @Alias
    volatile long ctl;

    @Alias
    private native long compareAndExchangeCtl(long c, long v);

    @Alias
    private static long TC_UNIT;
    @Alias
    private static long TC_MASK;
    @Alias
    private static long RC_UNIT;
    @Alias
    private static long RC_MASK;

    /**
     * Runs {@code task}, and what it forks, at once, as the pool's worker would when it takes the task (JDK
     * 17's one entry for {@code invoke}, {@code execute}, {@code submit} and the {@code invokeAll}/{@code invokeAny}
     * of callables).
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

    /**
     * Forks {@code task} (into the common pool's queue for a thread that is no worker) and helps until no
     * queued task is left: {@code task} and whatever it forked have run, unless one of them waits for
     * something else (a counted completer completed later by the program, say), which then stays queued.
     */
    private <T> ForkJoinTask<T> runSubmitted(ForkJoinTask<T> task) {
        if (isShutdown()) {
            throw new RejectedExecutionException();
        }
        task.fork();
        ForkJoinTask.helpQuiesce();
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
