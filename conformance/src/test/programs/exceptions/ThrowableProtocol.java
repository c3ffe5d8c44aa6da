package exceptions;

/**
 * Throwable's own protocol: which overridable method each one calls (toString uses getLocalizedMessage,
 * which uses getMessage; Throwable(cause) takes cause.toString()), getCause overrides and cause chains,
 * initCause's IllegalStateException and IllegalArgumentException texts and causes, addSuppressed rules
 * with suppression disabled, and the stack trace of a throwable made with writableStackTrace=false.
 */
public class ThrowableProtocol {
    static class Shouty extends RuntimeException {
        Shouty(String m) { super(m); }

        @Override
        public String getMessage() { return super.getMessage() + "!"; }
    }

    static class Translated extends Shouty {
        Translated(String m) { super(m); }

        @Override
        public String getLocalizedMessage() { return "<" + getMessage() + ">"; }
    }

    static class Named extends Translated {
        Named(String m) { super(m); }

        @Override
        public String toString() { return "Named[" + super.toString() + "]"; }
    }

    static class Lean extends Exception {
        Lean(String m, Throwable cause, boolean suppression, boolean writable) { super(m, cause, suppression, writable); }
    }

    static class LeanError extends Error {
        LeanError(String m) { super(m, null, false, false); }
    }

    static class FixedCause extends Exception {
        final Throwable real;

        FixedCause(Throwable real) { this.real = real; }

        @Override
        public Throwable getCause() { return real; }
    }

    static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 8; c = c.getCause(), depth++) {
            if (depth > 0) sb.append(" <- ");
            sb.append(c.getClass().getSimpleName()).append('(').append(c.getMessage()).append(')');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Throwable[] ts = {new Shouty("s"), new Translated("t"), new Named("n"), new Shouty(null)};
        for (Throwable t : ts) {
            System.out.println(t.getClass().getSimpleName() + ": message " + t.getMessage() + " | localized "
                    + t.getLocalizedMessage() + " | toString " + t);
        }
        Exception fromCause = new Exception(new Named("inner"));
        System.out.println("from cause: " + fromCause.getMessage() + " | " + chain(fromCause));
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        RuntimeException c = new RuntimeException("c");
        System.out.println("initCause returns this: " + (a.initCause(b) == a) + " " + (b.initCause(c) == b));
        System.out.println("chain: " + chain(a));
        try {
            a.initCause(null);
        } catch (IllegalStateException e) {
            System.out.println("overwrite with null: " + e.getMessage() + " | cause is a " + (e.getCause() == a));
        }
        try {
            b.initCause(new Translated("loud"));
        } catch (IllegalStateException e) {
            System.out.println("overwrite: " + e.getMessage() + " | cause is b " + (e.getCause() == b));
        }
        RuntimeException fresh = new RuntimeException("fresh");
        fresh.initCause(null);
        System.out.println("null cause set: " + fresh.getCause());
        try {
            fresh.initCause(fresh);
        } catch (RuntimeException e) {
            System.out.println("after null, self: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        RuntimeException lonely = new RuntimeException("lonely");
        try {
            lonely.initCause(lonely);
        } catch (IllegalArgumentException e) {
            System.out.println("self: " + e.getMessage() + " | cause is lonely " + (e.getCause() == lonely) + " | can still set: "
                    + (lonely.initCause(c) == lonely) + " " + lonely.getCause().getMessage());
        }
        FixedCause fixed = new FixedCause(new Error("real"));
        System.out.println("overridden getCause: " + chain(fixed));
        try {
            fixed.initCause(new Error("other"));
            System.out.println("initCause on overridden accepted, getCause still " + fixed.getCause().getMessage());
        } catch (IllegalStateException e) {
            System.out.println("initCause on overridden rejected: " + e.getMessage());
        }
        Lean quiet = new Lean("quiet", null, false, false);
        quiet.addSuppressed(new Error("dropped"));
        System.out.println("suppression off: " + quiet.getSuppressed().length + " trace " + quiet.getStackTrace().length
                + " fill returns this " + (quiet.fillInStackTrace() == quiet) + " trace " + quiet.getStackTrace().length);
        quiet.setStackTrace(new StackTraceElement[] {new StackTraceElement("x.Y", "m", "Y.java", 3)});
        System.out.println("unwritable set: " + quiet.getStackTrace().length);
        try {
            quiet.addSuppressed(quiet);
        } catch (IllegalArgumentException e) {
            System.out.println("self still rejected: " + e.getMessage() + " cause " + (e.getCause() == quiet));
        }
        try {
            quiet.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null still rejected: " + e.getMessage());
        }
        Lean loud = new Lean("loud", quiet, true, true);
        loud.addSuppressed(new LeanError("e1"));
        loud.addSuppressed(quiet);
        loud.addSuppressed(quiet);
        Throwable[] sup = loud.getSuppressed();
        sup[0] = null;
        System.out.println("suppression on: " + loud.getSuppressed().length + " first " + loud.getSuppressed()[0] + " cause "
                + loud.getCause().getMessage() + " trace empty " + (loud.getStackTrace().length == 0));
        StackTraceElement[] mine = {new StackTraceElement("p.Q", "run", "Q.java", 10), new StackTraceElement("p.R", "go", null, -1),
            new StackTraceElement("p.S", "nat", "S.java", -2)};
        loud.setStackTrace(mine);
        mine[0] = null;
        StackTraceElement[] got = loud.getStackTrace();
        got[1] = null;
        StackTraceElement[] again = loud.getStackTrace();
        for (StackTraceElement e : again) System.out.println("  frame " + e + " line " + e.getLineNumber() + " file " + e.getFileName());
        try {
            loud.setStackTrace(new StackTraceElement[] {again[0], null});
        } catch (NullPointerException e) {
            System.out.println("null frame: " + e.getMessage() + " kept " + loud.getStackTrace().length);
        }
        LeanError le = new LeanError("lean");
        System.out.println("lean error: " + le + " trace " + le.getStackTrace().length + " suppressed " + le.getSuppressed().length);
        try (AutoCloseable r = () -> { throw new IllegalStateException("close"); }) {
            throw new Lean("body", null, false, true);
        } catch (Exception e) {
            System.out.println("twr with suppression off: " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
    }
}
