package java.lang;

import dev.kiln.runtime.Wasi;

/**
 * The program's run-time environment, written from the Java SE API specification: one processor (a Kiln
 * program runs on one Wasm thread), exit with shutdown hooks, and memory figures, which Wasm GC does not
 * expose (see {@link #totalMemory()}). {@code exec}, {@code load}/{@code loadLibrary} and {@code version()}
 * are not provided: calling them is a compile error.
 */
public class Runtime {
    private static final Runtime RUNTIME = new Runtime();
    /** What {@link #maxMemory()} reports. */
    private static final long MEMORY = 256L * 1024 * 1024;

    /** Registered hooks in registration order. */
    private Thread[] hooks = new Thread[0];
    private boolean shuttingDown;
    /**
     * Runs the hooks; set by the first {@link #addShutdownHook}, so that a program that registers none
     * does not contain the code that starts them.
     */
    private HookRunner hookRunner;

    private Runtime() {
    }

    /** The runtime of the program. */
    public static Runtime getRuntime() {
        return RUNTIME;
    }

    /** 1: a Kiln program runs on one thread. */
    public int availableProcessors() {
        return 1;
    }

    /**
     * Runs the shutdown hooks (once), flushes {@code System.out} and {@code System.err}, and ends the program
     * with {@code status}. A hook that calls {@code exit} again ends the program at once, without running the
     * remaining hooks (the JVM would block it forever).
     */
    public void exit(int status) {
        if (!shuttingDown) {
            shuttingDown = true;
            if (hookRunner != null) {
                hookRunner.run();
            }
        }
        halt(status);
    }

    /** Ends the program with {@code status} without running shutdown hooks; the standard streams are flushed. */
    public void halt(int status) {
        System.out.flush();
        System.err.flush();
        Wasi.procExit(status);
    }

    /**
     * Registers {@code hook}, a thread not yet started, to run when the program ends: normally, through
     * {@code exit}, or by an uncaught exception in {@code main}. Kiln runs hooks one after another in
     * registration order, which is one of the orders the JVM may use. As on the JVM, only a hook that is
     * alive is refused as "already running"; one that has already run to the end is accepted.
     */
    public void addShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        if (shuttingDown) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hook.isAlive()) {
            throw new IllegalArgumentException("Hook already running");
        }
        for (Thread h : hooks) {
            if (h == hook) {
                throw new IllegalArgumentException("Hook previously registered");
            }
        }
        if (hookRunner == null) {
            hookRunner = new HookRunner();
        }
        Thread[] more = new Thread[hooks.length + 1];
        System.arraycopy(hooks, 0, more, 0, hooks.length);
        more[hooks.length] = hook;
        hooks = more;
    }

    /** Unregisters {@code hook}; false if it was not registered. */
    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        if (shuttingDown) {
            throw new IllegalStateException("Shutdown in progress");
        }
        for (int i = 0; i < hooks.length; i++) {
            if (hooks[i] == hook) {
                Thread[] fewer = new Thread[hooks.length - 1];
                System.arraycopy(hooks, 0, fewer, 0, i);
                System.arraycopy(hooks, i + 1, fewer, i, hooks.length - i - 1);
                hooks = fewer;
                return true;
            }
        }
        return false;
    }

    /**
     * Starts each registered hook in turn (threads run to completion). Not a Runnable: a call through
     * Runnable would make every Runnable the program creates reachable from {@code exit}.
     */
    private static final class HookRunner {
        void run() {
            Thread[] toRun = RUNTIME.hooks;
            RUNTIME.hooks = new Thread[0];
            for (Thread hook : toRun) {
                hook.start();
            }
        }
    }

    /**
     * Kiln cannot measure the Wasm GC heap, which the engine manages: the memory methods report a fixed
     * 256 MiB heap of which nothing is in use, figures a program can rely on only as the specification
     * allows (free ≤ total ≤ max).
     */
    public long totalMemory() {
        return MEMORY;
    }

    /** See {@link #totalMemory()}. */
    public long freeMemory() {
        return MEMORY;
    }

    /** See {@link #totalMemory()}. */
    public long maxMemory() {
        return MEMORY;
    }

    /** The engine collects garbage on its own; nothing to request. */
    public void gc() {
    }

    /** Nothing to finalize: Kiln runs no finalizers. */
    public void runFinalization() {
    }
}
