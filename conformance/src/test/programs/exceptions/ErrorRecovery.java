package exceptions;

/**
 * Errors caught and survived: a program's own Error hierarchy and which handlers see it (catch Exception
 * does not), AssertionError's constructors (an Object that is a Throwable becomes the cause), disabled
 * assert statements, StackOverflowError caught deep inside the recursion or at its top with every finally
 * run on the way out, a StackOverflowError escaping a static initializer unwrapped, and a runtime
 * exception from a static initializer reaching a caller several frames up as ExceptionInInitializerError.
 */
public class ErrorRecovery {
    static class AppError extends Error {
        AppError(String m) { super(m); }
    }

    static class FatalAppError extends AppError {
        FatalAppError(String m) { super("fatal: " + m); }
    }

    static int active;
    static int maxActive;

    static int balanced(int d) {
        active++;
        if (active > maxActive) maxActive = active;
        try {
            return balanced(d + 1) + 1;
        } finally {
            active--;
        }
    }

    static int probe(int d) {
        try {
            return probe(d + 1);
        } catch (StackOverflowError e) {
            return d;
        }
    }

    static class Deep {
        static final int VALUE = dive(0);

        static int dive(int d) {
            return dive(d + 1) + 1;
        }
    }

    static class Faulty {
        static final String NAME = build();

        static String build() {
            throw new UnsupportedOperationException("Faulty cannot start");
        }
    }

    static String level3() { return Faulty.NAME; }

    static String level2() { return "L2 " + level3(); }

    static String level1() { return "L1 " + level2(); }

    static void raise(int k) {
        switch (k) {
            case 0: throw new AppError("plain");
            case 1: throw new FatalAppError("disk");
            case 2: throw new IllegalStateException("state");
            default: throw new InternalError("internal " + k);
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            try {
                try {
                    raise(k);
                } catch (Exception e) {
                    System.out.println(k + ": inner Exception handler " + e);
                } finally {
                    System.out.println(k + ": inner finally");
                }
            } catch (FatalAppError e) {
                System.out.println(k + ": fatal handler " + e.getMessage());
            } catch (AppError e) {
                System.out.println(k + ": app handler " + e + " fatal " + (e instanceof FatalAppError));
            } catch (VirtualMachineError e) {
                System.out.println(k + ": vm error " + e);
            }
        }
        Throwable cause = new IllegalArgumentException("why");
        AssertionError[] errors = {new AssertionError(), new AssertionError("text"), new AssertionError(cause), new AssertionError((Object) null),
            new AssertionError(true), new AssertionError('c'), new AssertionError(-12), new AssertionError(1L << 40), new AssertionError(0.5f),
            new AssertionError(-0.0), new AssertionError("with cause", cause), new AssertionError(new StringBuilder("sb"))};
        for (AssertionError e : errors) {
            System.out.println("assertion: " + e + " | message " + e.getMessage() + " | cause " + e.getCause());
        }
        int sideEffects = 0;
        assert ++sideEffects > 100 : "not evaluated";
        System.out.println("assert disabled: " + sideEffects);
        try {
            balanced(0);
        } catch (StackOverflowError e) {
            System.out.println("balanced: active " + active + " deep " + (maxActive > 500) + " message " + e.getMessage());
        }
        int reached = probe(0);
        System.out.println("probe returned normally, deep " + (reached > 500));
        try {
            System.out.println(Deep.VALUE);
        } catch (ExceptionInInitializerError e) {
            System.out.println("wrapped?! " + e);
        } catch (StackOverflowError e) {
            System.out.println("static init overflow unwrapped: " + e.getClass().getName());
        }
        try {
            System.out.println(Deep.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("then: " + e.getMessage());
        }
        try {
            System.out.println(level1());
        } catch (ExceptionInInitializerError e) {
            System.out.println("caller got " + e.getClass().getSimpleName() + " message " + e.getMessage() + " exception "
                    + e.getException() + " same as cause " + (e.getException() == e.getCause()));
        }
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(level1());
            } catch (LinkageError e) {
                System.out.println("again " + i + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        active = 0;
        maxActive = 0;
        int recovered = 0;
        for (int i = 0; i < 3; i++) {
            try {
                balanced(0);
            } catch (Error e) {
                if (active == 0) recovered++;
            }
        }
        System.out.println("recovered " + recovered + " with active " + active + " and deep " + (maxActive > 500));
    }
}
