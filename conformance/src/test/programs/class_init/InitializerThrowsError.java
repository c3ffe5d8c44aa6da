package class_init;

/**
 * JLS 12.4.2 step 11: an Error escaping a static initializer reaches the first use as it is, not wrapped;
 * later uses get NoClassDefFoundError whose recorded cause names the Error. An ExceptionInInitializerError
 * escaping from another class's failed initialisation is an Error too, so it passes through unwrapped.
 */
public class InitializerThrowsError {
    static boolean fail(String why) {
        System.out.println("  failing: " + why);
        return true;
    }

    static class CustomError extends Error {
        CustomError(String message) {
            super(message);
        }
    }

    static class ThrowsError {
        static int value = 1;

        static {
            if (fail("ThrowsError")) throw new CustomError("custom error");
        }
    }

    static class ThrowsAssertion {
        static {
            if (fail("ThrowsAssertion")) throw new AssertionError("assertion failed");
        }

        static void run() {
            System.out.println("never runs");
        }
    }

    static class Inner {
        static {
            if (fail("Inner")) throw new ArrayStoreException("inner");
        }

        static int value = 2;
    }

    static class Outer {
        static int fromInner = Inner.value;
    }

    static void describe(String label, Throwable t) {
        System.out.println(label + ": " + t);
        Throwable c = t.getCause();
        System.out.println("  cause: " + c);
        if (c != null) System.out.println("  cause of cause: " + c.getCause());
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            try {
                System.out.println(ThrowsError.value);
            } catch (CustomError e) {
                describe("CustomError round " + round, e);
            } catch (NoClassDefFoundError e) {
                describe("NoClassDefFoundError round " + round, e);
            }
            try {
                ThrowsAssertion.run();
            } catch (Error e) {
                describe("ThrowsAssertion round " + round, e);
            }
            try {
                System.out.println(Outer.fromInner);
            } catch (Error e) {
                describe("Outer round " + round, e);
            }
        }
        try {
            System.out.println(Inner.value);
        } catch (Error e) {
            describe("Inner after Outer", e);
        }
    }
}
