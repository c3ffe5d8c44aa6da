package dev.kiln.runtime;

/**
 * The hooks the backend calls around {@code main}; the driver makes them reachability roots. See the
 * "Hooks the backend calls" table in docs/RUNTIME-CONTRACT.md.
 */
public final class Startup {
    private Startup() {
    }

    /**
     * In a multi-call module, which of its programs this run starts: the index in {@code names} (the binary names of
     * the main classes, separated by commas) of the one that argv[0] names, once its directory (up to the last slash
     * or backslash) and a {@code .wasm} suffix are taken off, by binary name or by a simple name (the part after the
     * last dot) that no other main class of the module has. Started under any other name, the run prints the names it
     * knows on standard error and exits with status 2, before any program's class is initialised.
     */
    public static int program(String names) {
        String[] argv = Wasi.args();
        String called = argv.length == 0 ? "" : argv[0];
        called = called.substring(Math.max(called.lastIndexOf('/'), called.lastIndexOf('\\')) + 1);
        if (called.endsWith(".wasm")) {
            called = called.substring(0, called.length() - ".wasm".length());
        }
        int bySimpleName = -1;
        int simpleMatches = 0;
        int index = 0;
        for (int from = 0; from <= names.length(); index++) {
            int end = names.indexOf(',', from);
            if (end < 0) {
                end = names.length();
            }
            String name = names.substring(from, end);
            if (name.equals(called)) {
                return index;
            }
            if (name.substring(name.lastIndexOf('.') + 1).equals(called)) {
                bySimpleName = index;
                simpleMatches++;
            }
            from = end + 1;
        }
        if (simpleMatches == 1) {
            return bySimpleName;
        }
        System.err.println("This module holds several programs, and the name it was started under (\"" + called
                + "\") picks none of them" + (simpleMatches > 1 ? " alone" : "") + ". Start it under one of: "
                + names.replace(",", ", ") + " (a main class's binary name, or its simple name where that is unique).");
        System.exit(2);
        return -1;
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
