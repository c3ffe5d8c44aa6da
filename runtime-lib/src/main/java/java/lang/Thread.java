package java.lang;

import dev.kiln.runtime.Monitors;
import dev.kiln.runtime.StackTrace;
import dev.kiln.runtime.Wasi;

/**
 * A thread of a Kiln program, written from the Java SE API specification. A Kiln program runs on one
 * Wasm thread, so threads run to completion: {@link #start()} runs the new thread's {@link #run()} at once,
 * on the caller's stack, with {@link #currentThread()} answering the new thread meanwhile, and returns when
 * it has terminated. A program whose threads only communicate through {@code start}, {@code join} and data
 * they hand over behaves as on the JVM under one of the JVM's permitted schedules; one that needs two
 * threads to run at the same time (a thread waiting for another that has not run yet) cannot, and its
 * blocking call throws an {@link Error} instead of hanging (see {@link #join()}, {@link Object#wait()}).
 * docs/CLASS-LIBRARY.md ("Threads") lists what that means for {@code java.util.concurrent}.
 */
public class Thread implements Runnable {
    /** The lowest priority a thread can have. */
    public static final int MIN_PRIORITY = 1;
    /** The priority of the main thread and, by default, of the threads it creates. */
    public static final int NORM_PRIORITY = 5;
    /** The highest priority a thread can have. */
    public static final int MAX_PRIORITY = 10;

    private static Thread main;
    private static Thread current;
    private static int nextNumber;
    private static long nextId = 2;
    private static UncaughtExceptionHandler defaultHandler;

    private final Runnable target;
    /** The thread's id, under the JDK's field name: {@code LockSupport} reads it at the offset of {@code tid}. */
    private final long tid;
    /**
     * The object a parked thread waits for ({@code LockSupport.getBlocker}), under the JDK's field name:
     * {@code LockSupport} reads and writes it at the offset of {@code parkBlocker} (docs/CLASS-LIBRARY.md,
     * "Threads").
     */
    volatile Object parkBlocker;
    /**
     * {@code ThreadLocalRandom}'s state for this thread, under the JDK's field names: it reads and writes
     * them at their offsets (the seed, the contention probe that {@code ConcurrentHashMap} and
     * {@code LongAdder} spread their counters with, and the seed of {@code ConcurrentSkipListMap}'s levels).
     */
    long threadLocalRandomSeed;
    int threadLocalRandomProbe;
    int threadLocalRandomSecondarySeed;
    private volatile String name;
    private int priority;
    private boolean daemon;
    private final ThreadGroup group;
    private boolean interrupted;
    private State state = State.NEW;
    private UncaughtExceptionHandler handler;
    /** The thread's values of thread-local variables ({@link ThreadLocal}): keys and values, {@code localCount} used. */
    private ThreadLocal<?>[] localKeys;
    private Object[] localValues;
    private int localCount;

    /** The main thread. */
    private Thread(String name, long id) {
        this.target = null;
        this.name = name;
        this.tid = id;
        this.priority = NORM_PRIORITY;
        this.group = ThreadGroup.mainGroup();
        this.state = State.RUNNABLE;
    }

    public Thread() {
        this(null, null, (String) null, true);
    }

    public Thread(Runnable task) {
        this(null, task, (String) null, true);
    }

    public Thread(String name) {
        this(null, null, checkName(name), true);
    }

    public Thread(Runnable task, String name) {
        this(null, task, checkName(name), true);
    }

    public Thread(ThreadGroup group, Runnable task) {
        this(group, task, (String) null, true);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, checkName(name), true);
    }

    public Thread(ThreadGroup group, Runnable task, String name) {
        this(group, task, checkName(name), true);
    }

    /** A thread in {@code group} (the creator's group if null); the stack size is a hint, which Kiln ignores. */
    public Thread(ThreadGroup group, Runnable task, String name, long stackSize) {
        this(group, task, checkName(name), true);
    }

    /** See {@link #Thread(ThreadGroup, Runnable, String, long)}; thread-locals are never inherited. */
    public Thread(ThreadGroup group, Runnable task, String name, long stackSize, boolean inheritThreadLocals) {
        this(group, task, checkName(name), true);
    }

    /**
     * A new thread in {@code group}, or in the creator's group if that is null, named {@code name}, or
     * {@code Thread-N} if that is null; its priority and daemon status are the creator's, its priority at most
     * the group's maximum.
     */
    private Thread(ThreadGroup group, Runnable task, String name, boolean unused) {
        Thread parent = currentThread();
        this.group = group != null ? group : parent.getThreadGroup();
        this.target = task;
        this.name = name != null ? name : "Thread-" + nextNumber++;
        this.tid = nextId++;
        this.priority = Math.min(parent.priority, this.group.getMaxPriority());
        this.daemon = parent.daemon;
        parent.inheritLocals(this);
    }

    /** Gives {@code child} the values of this thread's inheritable thread-local variables. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void inheritLocals(Thread child) {
        for (int i = 0; i < localCount; i++) {
            if (localKeys[i] instanceof InheritableThreadLocal key) {
                child.putLocal(key, key.childValue(localValues[i]));
            }
        }
    }

    /** The slot of {@code key}'s value in this thread, or -1. */
    int localIndex(ThreadLocal<?> key) {
        for (int i = 0; i < localCount; i++) {
            if (localKeys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    Object localValue(int index) {
        return localValues[index];
    }

    void putLocal(ThreadLocal<?> key, Object value) {
        int i = localIndex(key);
        if (i >= 0) {
            localValues[i] = value;
            return;
        }
        if (localKeys == null) {
            localKeys = new ThreadLocal<?>[4];
            localValues = new Object[4];
        } else if (localCount == localKeys.length) {
            ThreadLocal<?>[] keys = new ThreadLocal<?>[localCount * 2];
            Object[] values = new Object[localCount * 2];
            System.arraycopy(localKeys, 0, keys, 0, localCount);
            System.arraycopy(localValues, 0, values, 0, localCount);
            localKeys = keys;
            localValues = values;
        }
        localKeys[localCount] = key;
        localValues[localCount] = value;
        localCount++;
    }

    void removeLocal(ThreadLocal<?> key) {
        int i = localIndex(key);
        if (i < 0) {
            return;
        }
        localCount--;
        localKeys[i] = localKeys[localCount];
        localValues[i] = localValues[localCount];
        localKeys[localCount] = null;
        localValues[localCount] = null;
    }

    /** {@code name} if it is not null (the message is JDK 17's; a substitution gives later JDKs' text). */
    private static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        return name;
    }

    /** The main thread's id, 1 on JDK 17 (HotSpot numbers its own threads after it); see the substitution. */
    private static long mainThreadId() {
        return 1;
    }

    /** The thread running now: the main thread, or the thread whose {@code start()} is running it. */
    public static Thread currentThread() {
        if (current == null) {
            main = new Thread("main", mainThreadId());
            current = main;
        }
        return current;
    }

    /**
     * Runs this thread to completion (see the class comment): {@link #run()}, then, if it threw, the
     * uncaught exception handler.
     *
     * @throws IllegalThreadStateException if the thread was started before
     */
    public void start() {
        if (state != State.NEW) {
            throw new IllegalThreadStateException();
        }
        Thread caller = currentThread();
        state = State.RUNNABLE;
        current = this;
        int callerBase = StackTrace.enterThread();
        try {
            run();
        } catch (Throwable t) {
            dispatchUncaughtException(t);
        } finally {
            StackTrace.exitThread(callerBase);
            state = State.TERMINATED;
            current = caller;
        }
    }

    /** Runs the task given to the constructor, if any. */
    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    /** Hands {@code t}, which ended this thread's {@code run()}, to the thread's uncaught exception handler. */
    void dispatchUncaughtException(Throwable t) {
        getUncaughtExceptionHandler().uncaughtException(this, t);
    }

    /**
     * Waits for this thread to terminate. A thread that has not been started, or has run, returns at once;
     * one that is running is this thread or one that started it, which the JVM would wait for forever.
     *
     * @throws Error when the JVM would never return
     */
    public final void join() throws InterruptedException {
        if (state == State.RUNNABLE) {
            throw new Error("Kiln: Thread.join() would wait forever: thread \"" + name
                    + "\" is running and waits for this one (threads run to completion, docs/CLASS-LIBRARY.md)");
        }
        checkInterrupt();
    }

    /** Waits at most {@code millis} milliseconds for this thread to terminate: see {@link #join()}. */
    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (state == State.RUNNABLE && millis > 0) {
            sleep(millis);
            return;
        }
        if (millis == 0) {
            join();
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        join(millis + (nanos > 0 && millis < Long.MAX_VALUE ? 1 : 0));
    }

    private static void checkInterrupt() throws InterruptedException {
        Thread t = currentThread();
        if (t.interrupted) {
            t.interrupted = false;
            throw new InterruptedException();
        }
    }

    /** Sleeps for {@code millis} milliseconds (WASI {@code poll_oneoff}). */
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleepNanos(millis, 0);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleepNanos(millis, nanos);
    }

    private static void sleepNanos(long millis, int nanos) throws InterruptedException {
        Thread t = currentThread();
        if (t.interrupted) {
            t.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        long total = millis >= Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE : millis * 1_000_000 + nanos;
        State before = t.state;
        t.state = State.TIMED_WAITING;
        try {
            Wasi.sleepNanos(total);
        } finally {
            t.state = before;
        }
    }

    /** Nothing else can run while this thread waits: returns. */
    public static void yield() {
    }

    /** Returns at once: no other thread can change what the caller is spinning on. */
    public static void onSpinWait() {
    }

    /** Sets this thread's interrupt status. */
    public void interrupt() {
        interrupted = true;
    }

    /** Tests and clears the current thread's interrupt status. */
    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    /** True from {@code start()} until the thread has terminated, and always for the main thread. */
    public final boolean isAlive() {
        return state != State.NEW && state != State.TERMINATED;
    }

    /** True if the current thread holds {@code obj}'s monitor. */
    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return Monitors.owns(obj);
    }

    public State getState() {
        return state;
    }

    public long getId() {
        return tid;
    }

    /** The thread's identifier (Java 19 and later): the same as {@link #getId()}. */
    public final long threadId() {
        return tid;
    }

    /** False: a Kiln program has no virtual threads (Java 21 and later; the JDK 25 library asks). */
    public final boolean isVirtual() {
        return false;
    }

    public final String getName() {
        return name;
    }

    public final void setName(String name) {
        this.name = checkName(name);
    }

    public final int getPriority() {
        return priority;
    }

    /** Sets the priority, at most the group's maximum. */
    public final void setPriority(int newPriority) {
        if (newPriority < MIN_PRIORITY || newPriority > MAX_PRIORITY) {
            throw new IllegalArgumentException();
        }
        ThreadGroup g = getThreadGroup();
        priority = g != null ? Math.min(newPriority, g.getMaxPriority()) : newPriority;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    /**
     * @throws IllegalThreadStateException if the thread has been started
     */
    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    /** Nothing to check: there is no security manager. */
    public final void checkAccess() {
    }

    /**
     * The frames of the current thread, this method's own first as on HotSpot; another thread's stack is
     * empty (it is not running).
     */
    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) {
            return new StackTraceElement[0];
        }
        return new Throwable().getStackTrace();
    }

    /** Prints a stack trace of the current thread to standard error. */
    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    /** The thread's handler if set, else its group; null once the thread has terminated. */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        if (state == State.TERMINATED) {
            return null;
        }
        return handler != null ? handler : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler handler) {
        this.handler = handler;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler handler) {
        defaultHandler = handler;
    }

    /** The thread's group; null once the thread has terminated. */
    public final ThreadGroup getThreadGroup() {
        return state == State.TERMINATED ? null : group;
    }

    /** {@code Thread[name,priority,group]}, the group empty once the thread has terminated. */
    @Override
    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[" + getName() + "," + getPriority() + "," + (g != null ? g.getName() : "") + "]";
    }

    /** The states of {@link #getState()}. */
    public enum State {
        NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED
    }

    /** Receives the exception that ended a thread's {@code run()}. */
    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }
}
