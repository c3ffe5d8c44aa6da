package dev.kiln.runtime;

/**
 * The hooks the backend calls around {@code main}; the driver makes them reachability roots. See the
 * "Hooks the backend calls" table in docs/RUNTIME-CONTRACT.md.
 */
public final class Startup {
    private Startup() {
    }

    /** The arguments for {@code main}: WASI argv without argv[0], the program name. */
    public static String[] mainArgs() {
        String[] argv = Wasi.args();
        int n = Math.max(argv.length - 1, 0);
        String[] args = new String[n];
        System.arraycopy(argv, argv.length - n, args, 0, n);
        return args;
    }

    /**
     * Called after {@code main} returns normally: ends the program as the JVM does when its last thread
     * ends, running the shutdown hooks and flushing the standard streams, with status 0.
     */
    public static void finish() {
        Runtime.getRuntime().exit(0);
    }

    /**
     * Called when {@code t} escapes {@code main}: hands it to the main thread's uncaught exception handler
     * (by default the JVM's report, {@code Exception in thread "main" } and the stack trace, on standard
     * error), then exits with status 1, as the {@code java} launcher does.
     */
    public static void uncaught(Throwable t) {
        Thread main = Thread.currentThread();
        main.getUncaughtExceptionHandler().uncaughtException(main, t);
        System.exit(1);
    }
}
