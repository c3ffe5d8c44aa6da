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

    /** Called after {@code main} returns normally: flushes the standard streams. */
    public static void finish() {
        System.out.flush();
        System.err.flush();
    }

    /**
     * Called when {@code t} escapes {@code main}: reports it like the JVM's default handler does (the
     * stack trace part has only the cause chain, as Kiln records no frames), then exits with status 1.
     */
    public static void uncaught(Throwable t) {
        System.out.flush();
        System.err.print("Exception in thread \"main\" ");
        t.printStackTrace();
        System.exit(1);
    }
}
