package class_init;

/**
 * JLS 12.4.2 step 7: when initialising the superclass (or a superinterface with default methods)
 * completes abruptly, the subclass becomes erroneous too and the same exception propagates, unwrapped:
 * the first use of the subclass gets the superclass's ExceptionInInitializerError, later uses a
 * NoClassDefFoundError for the subclass; a subclass first used after its superclass failed gets the
 * superclass's NoClassDefFoundError and records it.
 */
public class SuperclassFails {
    static boolean fail(String why) {
        System.out.println("  failing: " + why);
        return true;
    }

    static class Base {
        static {
            if (fail("Base")) throw new IllegalArgumentException("base failed");
        }

        static int baseValue = 1;
    }

    static class EarlySub extends Base {
        static int value = print("EarlySub");
    }

    static class LateSub extends Base {
        static int value = print("LateSub");
    }

    interface Broken {
        int B = broken();

        static int broken() {
            if (fail("Broken")) throw new NullPointerException("interface failed");
            return 0;
        }

        default int unused() {
            return B;
        }
    }

    static class Implementor implements Broken {
        static int value = print("Implementor");
    }

    static int print(String what) {
        System.out.println("  init " + what);
        return 1;
    }

    static void attempt(String label, int which) {
        try {
            int v = which == 0 ? EarlySub.value : which == 1 ? Base.baseValue : which == 2 ? LateSub.value
                    : which == 3 ? Implementor.value : Broken.B;
            System.out.println(label + ": value " + v);
        } catch (Throwable t) {
            System.out.println(label + ": " + t);
            Throwable c = t.getCause();
            System.out.println("  cause: " + c);
        }
    }

    public static void main(String[] args) {
        attempt("EarlySub first", 0);
        attempt("EarlySub again", 0);
        attempt("Base", 1);
        attempt("LateSub first", 2);
        attempt("LateSub again", 2);
        attempt("Implementor first", 3);
        attempt("Implementor again", 3);
        attempt("Broken", 4);
    }
}
