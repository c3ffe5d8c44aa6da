package java.lang;

/**
 * A group of threads, written from the Java SE API specification. The main thread is in the group
 * {@code "main"}, whose parent {@code "system"} would hold the JVM's own threads (a Kiln program has none);
 * a new thread joins the group it is given, else its creator's. A group hands an uncaught exception to its
 * parent, and the topmost group to the default handler or, without one, prints it as the JVM does.
 * Executors name their threads' group ({@code Executors.defaultThreadFactory()}). A group does not keep
 * track of its threads and subgroups: counting and enumerating them, interrupting a whole group and the
 * deprecated destroy/suspend/resume family are not provided (compile error).
 */
public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private static ThreadGroup main;

    private final ThreadGroup parent;
    private final String name;
    private int maxPriority;
    private boolean daemon;

    /** The group {@code "system"}, parent of {@code "main"}. */
    private ThreadGroup() {
        this.parent = null;
        this.name = "system";
        this.maxPriority = Thread.MAX_PRIORITY;
    }

    /** A group in the current thread's group. */
    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    /**
     * A group in {@code parent}, with its maximum priority and daemon status.
     *
     * @throws NullPointerException if {@code parent} is null
     */
    public ThreadGroup(ThreadGroup parent, String name) {
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
    }

    /** The group {@code "main"}, the main thread's. */
    static ThreadGroup mainGroup() {
        if (main == null) {
            main = new ThreadGroup(new ThreadGroup(), "main");
        }
        return main;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    /**
     * Lowers or raises the highest priority of the group's threads, never above the parent's; a value out of
     * range is ignored.
     */
    public final void setMaxPriority(int pri) {
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) {
            return;
        }
        maxPriority = parent != null ? Math.min(pri, parent.maxPriority) : pri;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    /** Whether this group is {@code g} or one of its ancestors. */
    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) {
                return true;
            }
        }
        return false;
    }

    /** Nothing to check: there is no security manager. */
    public final void checkAccess() {
    }

    /**
     * What happens to an exception that ended a thread of this group without a handler of its own: the
     * parent's handling, and at the top the default handler or the JVM's report on standard error.
     */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(t, e);
            return;
        }
        System.out.flush();
        System.err.print("Exception in thread \"" + t.getName() + "\" ");
        e.printStackTrace(System.err);
    }

    /** {@code java.lang.ThreadGroup[name=...,maxpri=...]}. */
    @Override
    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + getMaxPriority() + "]";
    }
}
