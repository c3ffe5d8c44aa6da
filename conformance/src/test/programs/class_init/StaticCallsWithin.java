package class_init;

/**
 * Initialisation points inside the program's own classes: a subclass's static method calling its
 * superclass's static method and reading its fields, an instance method using statics of an unrelated
 * lazily initialised class, a constructor initialising another class, and a static method of one class
 * called from another's initializer, each initialising exactly what the JVM does, when it does.
 */
public class StaticCallsWithin {
    static final StringBuilder LOG = new StringBuilder();

    static int note(String what, int v) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
        return v;
    }

    static class Base {
        static int base = note("Base", 3);

        static int scaled(int v) {
            return v * base;
        }
    }

    static class Derived extends Base {
        static int derived = note("Derived", scaled(2));

        static int total() {
            return scaled(derived) + base;
        }
    }

    static class Lazy {
        static int lazy = note("Lazy", 8);
    }

    static class Worker {
        static int workerStatic = note("Worker", 1);
        final int made;

        Worker() {
            made = Other.make();
        }

        int useLazy(boolean really) {
            return really ? Lazy.lazy + workerStatic : -1;
        }
    }

    static class Other {
        static int other = note("Other", 40);

        static int make() {
            return other + 2;
        }
    }

    static class Caller {
        static int caller = note("Caller", Callee.compute() + 1);
    }

    static class Callee {
        static int callee = note("Callee", 100);

        static int compute() {
            return callee + Caller.caller;
        }
    }

    public static void main(String[] args) {
        System.out.println("Derived.total " + Derived.total() + " log=" + LOG);
        Worker w = new Worker();
        System.out.println("made " + w.made + " log=" + LOG);
        System.out.println("useLazy(false) " + w.useLazy(false) + " log=" + LOG);
        System.out.println("useLazy(true) " + w.useLazy(true) + " log=" + LOG);
        System.out.println("Caller.caller " + Caller.caller + " Callee.callee " + Callee.callee + " log=" + LOG);
    }
}
