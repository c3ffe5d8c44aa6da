package class_init;

/**
 * JLS 12.4.2 step 11 and 5: an exception (not an Error) escaping a static initializer reaches the first
 * use wrapped in an ExceptionInInitializerError, whose message is null and whose cause is the exception;
 * the class is then erroneous, and every later use of it, of any kind, throws a new NoClassDefFoundError
 * "Could not initialize class X" whose cause (JDK 17.0.x) is one ExceptionInInitializerError, recorded at
 * the failure, whose message names the original exception's class and message and whose stack trace is
 * the original exception's.
 */
public class InitializerThrows {
    static boolean fail(String why) {
        System.out.println("  failing: " + why);
        return true;
    }

    static class Fragile {
        static int assignedBefore = 5;
        static int value = compute();
        static int assignedAfter = 6;

        static int compute() {
            if (fail("Fragile")) throw new IllegalStateException("broken state");
            return 1;
        }

        static int method() {
            return assignedBefore;
        }

        int field = 3;
    }

    static class NoMessage {
        static {
            if (fail("NoMessage")) throw new UnsupportedOperationException();
        }

        static int value = 1;
    }

    static class EmptyMessage {
        static {
            if (fail("EmptyMessage")) throw new RuntimeException("");
        }

        static int value = 1;
    }

    static class CustomException extends RuntimeException {
        CustomException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override public String getMessage() {
            return "custom getMessage";
        }

        @Override public String toString() {
            return "CustomException.toString";
        }
    }

    static class Custom {
        static {
            if (fail("Custom")) throw new CustomException("detail", new IllegalArgumentException("root"));
        }

        static int value = 1;
    }

    static void describe(String label, Throwable t) {
        System.out.println(label + ": " + t);
        System.out.println("  class=" + t.getClass().getName() + " message=" + t.getMessage());
        int depth = 0;
        for (Throwable c = t.getCause(); c != null && depth < 4; c = c.getCause(), depth++) {
            System.out.println("  cause " + depth + ": " + c.getClass().getName() + " message=" + c.getMessage());
        }
        if (t instanceof ExceptionInInitializerError) {
            Throwable recorded = ((ExceptionInInitializerError) t).getException();
            System.out.println("  getException same as cause: " + (recorded == t.getCause()));
        }
    }

    static boolean sameTrace(Throwable a, Throwable b) {
        StackTraceElement[] x = a.getStackTrace();
        StackTraceElement[] y = b.getStackTrace();
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].toString().equals(y[i].toString())) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        Throwable first = null;
        try {
            System.out.println("read " + Fragile.value);
        } catch (ExceptionInInitializerError e) {
            first = e;
            describe("first use", e);
        }
        Throwable recorded = null;
        try {
            System.out.println("read again " + Fragile.assignedBefore);
        } catch (NoClassDefFoundError e) {
            recorded = e.getCause();
            describe("getstatic", e);
            System.out.println("  cause is the first error: " + (recorded == first));
            System.out.println("  cause has the stack trace of the original: " + sameTrace(recorded, first.getCause()));
        }
        try {
            Fragile.assignedAfter = 9;
            System.out.println("wrote");
        } catch (NoClassDefFoundError e) {
            describe("putstatic", e);
            System.out.println("  same recorded cause: " + (e.getCause() == recorded));
        }
        try {
            System.out.println("call " + Fragile.method());
        } catch (NoClassDefFoundError e) {
            describe("invokestatic", e);
            System.out.println("  same recorded cause: " + (e.getCause() == recorded));
        }
        try {
            System.out.println("new " + new Fragile().field);
        } catch (Throwable e) {
            describe("new", e);
            System.out.println("  same recorded cause: " + (e.getCause() == recorded));
        }
        Fragile[] array = new Fragile[2];
        System.out.println("array still fine: " + array.length);
        for (int round = 0; round < 2; round++) {
            try {
                System.out.println(NoMessage.value);
            } catch (Throwable e) {
                describe("NoMessage round " + round, e);
            }
            try {
                System.out.println(EmptyMessage.value);
            } catch (Throwable e) {
                describe("EmptyMessage round " + round, e);
            }
            try {
                System.out.println(Custom.value);
            } catch (Throwable e) {
                describe("Custom round " + round, e);
            }
        }
    }
}
