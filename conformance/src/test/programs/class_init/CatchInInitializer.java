package class_init;

/**
 * Static initializers that catch: an exception caught inside the initializer does not fail the class;
 * an initializer that catches another class's ExceptionInInitializerError completes normally while the
 * other class stays erroneous; a failure inside a nested initialisation leaves the outer class in
 * progress, and its own later failure is recorded for it alone.
 */
public class CatchInInitializer {
    static boolean fail(String why) {
        System.out.println("  failing: " + why);
        return true;
    }

    static class Recovers {
        static int value;

        static {
            try {
                if (fail("Recovers")) throw new IllegalStateException("recoverable");
                value = 1;
            } catch (IllegalStateException e) {
                System.out.println("  Recovers caught " + e.getMessage());
                value = 2;
            }
        }
    }

    static class Broken {
        static int value = 1;

        static {
            if (fail("Broken")) throw new IllegalArgumentException("broken");
        }
    }

    static class Tolerant {
        static String state;

        static {
            try {
                state = "got " + Broken.value;
            } catch (ExceptionInInitializerError e) {
                state = "caught " + e.getCause().getMessage();
            }
            try {
                state += ", got " + Broken.value;
            } catch (NoClassDefFoundError e) {
                state += ", then " + e.getMessage();
            }
        }
    }

    static class Rethrows {
        static int value = 1;

        static {
            try {
                value = Broken2.value;
            } catch (ExceptionInInitializerError e) {
                System.out.println("  Rethrows caught " + e.getCause().getMessage() + ", rethrowing");
                throw e;
            }
        }
    }

    static class Broken2 {
        static int value = 1;

        static {
            if (fail("Broken2")) throw new IllegalArgumentException("broken2");
        }
    }

    public static void main(String[] args) {
        System.out.println("Recovers " + Recovers.value);
        System.out.println("Tolerant " + Tolerant.state);
        try {
            System.out.println(Broken.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("Broken " + e.getMessage());
        }
        for (int round = 0; round < 2; round++) {
            try {
                System.out.println(Rethrows.value);
            } catch (Error e) {
                System.out.println("Rethrows round " + round + ": " + e + " cause " + e.getCause());
            }
        }
        try {
            System.out.println(Broken2.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("Broken2 " + e.getMessage() + " cause " + e.getCause());
        }
    }
}
