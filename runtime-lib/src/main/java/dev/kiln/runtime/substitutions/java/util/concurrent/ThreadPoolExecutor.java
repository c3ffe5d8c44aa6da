package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.HashSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Thread pools for a program with one thread (docs/CLASS-LIBRARY.md, "Executors"). The JDK's pool starts a
 * worker thread for a task while it has fewer than its core size, which with Kiln's threads runs the task at
 * once, on the submitting thread's stack; the worker then takes the tasks queued meanwhile (by the task
 * itself, or by other workers' tasks) and, where the JDK's worker would wait in the queue for more work that
 * no other thread can hand it while it waits, it ends instead: every worker behaves as if core threads
 * timed out at once ({@code allowCoreThreadTimeOut} with a zero keep-alive), and the next task submitted
 * gets a new worker. So each task runs when it is submitted, queued tasks run before their submitter
 * continues, and {@code shutdown} finds no worker to wait for. What a program can see of the difference is
 * the pool's size between tasks (0) and the names of its threads ({@code pool-1-thread-2} for the second
 * task where the JVM reuses {@code pool-1-thread-1}). A queued task that is not due yet
 * ({@code ScheduledThreadPoolExecutor}'s delayed queue) is waited for.
 */
final class ThreadPoolExecutor {
    @Alias
    private AtomicInteger ctl;
    @Alias
    private BlockingQueue<Runnable> workQueue;
    @Alias
    private ReentrantLock mainLock;
    @Alias
    private HashSet<Worker> workers;
    @Alias
    private long completedTaskCount;
    @Alias
    private int maximumPoolSize;
    @Alias
    private static int SHUTDOWN;
    @Alias
    private static int STOP;

    private ThreadPoolExecutor() {
    }

    @Alias
    private static native int workerCountOf(int c);

    @Alias
    private static native boolean runStateAtLeast(int c, int s);

    @Alias
    private static native boolean runStateLessThan(int c, int s);

    @Alias
    private native boolean compareAndDecrementWorkerCount(int expect);

    @Alias
    private native void decrementWorkerCount();

    @Alias
    native void tryTerminate();

    @Alias
    private native boolean addWorker(Runnable firstTask, boolean core);

    /**
     * The worker's next task: the next one queued, or null when the worker is to end: the pool is stopping,
     * or shut down with nothing queued, or has more workers than its maximum, or (unlike the JDK's, see the
     * class comment) has nothing queued for it.
     */
    @Substitute
    private Runnable getTask() {
        for (;;) {
            int c = ctl.get();
            if (runStateAtLeast(c, SHUTDOWN) && (runStateAtLeast(c, STOP) || workQueue.isEmpty())) {
                decrementWorkerCount();
                return null;
            }
            int wc = workerCountOf(c);
            if (wc <= maximumPoolSize || (wc == 1 && !workQueue.isEmpty())) {
                try {
                    Runnable r = workQueue.poll();
                    if (r == null && !workQueue.isEmpty()) {
                        r = workQueue.take();
                    }
                    if (r != null) {
                        return r;
                    }
                } catch (InterruptedException retry) {
                    continue;
                }
            }
            if (compareAndDecrementWorkerCount(c)) {
                return null;
            }
        }
    }

    /**
     * Accounts for a worker that ended, and replaces it only if tasks are still queued and no other worker
     * is left to take them (the JDK's keeps its core workers: see the class comment).
     */
    @Substitute
    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        if (completedAbruptly) {
            decrementWorkerCount();
        }
        ReentrantLock lock = mainLock;
        lock.lock();
        try {
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        } finally {
            lock.unlock();
        }
        tryTerminate();
        int c = ctl.get();
        if (runStateLessThan(c, STOP) && !workQueue.isEmpty() && workerCountOf(c) == 0) {
            addWorker(null, false);
        }
    }

    /** Stands for the JDK's worker. */
    static final class Worker {
        @Alias
        volatile long completedTasks;

        private Worker() {
        }
    }
}
