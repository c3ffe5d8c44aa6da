package class_init;

/**
 * Interfaces and initialisation (JLS 12.4.1, JVMS 5.5 step 7). Initialising a class initialises those of
 * its superinterfaces that declare a non-abstract, non-static method (a default or a private instance
 * method, called or not), superinterfaces before the interfaces that extend them, in declaration order;
 * interfaces with only abstract or static methods are not initialised. Initialising an interface does not
 * initialise its superinterfaces. A field of an interface, even read through an implementing class's
 * name, initialises only that interface; a static interface method call initialises its interface.
 */
public class Interfaces {
    static final StringBuilder LOG = new StringBuilder();

    static int note(String what) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
        return LOG.length();
    }

    interface Plain {
        int P = note("Plain");

        void run();
    }

    interface WithDefault {
        int W = note("WithDefault");

        default int unused() {
            return 1;
        }
    }

    interface WithPrivate {
        int V = note("WithPrivate");

        private void hidden() {
            System.out.println("hidden");
        }
    }

    interface StaticOnly {
        int S = note("StaticOnly");

        static int twice(int v) {
            return 2 * v;
        }
    }

    interface Top {
        int T = note("Top");

        default String top() {
            return "top";
        }
    }

    interface Middle extends Top {
        int M = note("Middle");

        default String middle() {
            return "middle";
        }
    }

    interface Side {
        int SD = note("Side");

        default String side() {
            return "side";
        }
    }

    static class Impl implements Plain, WithDefault, WithPrivate, StaticOnly, Middle, Side {
        static int i = note("Impl");

        @Override public void run() {
            System.out.println("run " + middle() + " " + side());
        }
    }

    interface BaseSide {
        int BS = note("BaseSide");

        default int base() {
            return 5;
        }
    }

    interface DerivedSide {
        int DS = note("DerivedSide");

        default int derived() {
            return 6;
        }
    }

    static class Base implements BaseSide {
        static int b = note("Base");
    }

    static class Derived extends Base implements DerivedSide {
        static int d = note("Derived");
    }

    interface Constants {
        int FIELD = note("Constants");
    }

    interface MoreConstants extends Constants {
        int MORE = note("MoreConstants");
    }

    static class Holder implements MoreConstants {
        static int h = note("Holder");
    }

    interface Callable {
        int C = note("Callable");

        static int call() {
            return 11;
        }
    }

    interface ChildOfDefaults extends WithDefault2 {
        int CD = note("ChildOfDefaults");
    }

    interface WithDefault2 {
        int WD = note("WithDefault2");

        default int two() {
            return 2;
        }
    }

    public static void main(String[] args) {
        System.out.println("new Impl");
        new Impl().run();
        System.out.println("log=" + LOG);
        System.out.println("Plain.P " + (Plain.P > 0) + " log=" + LOG);
        System.out.println("StaticOnly.twice " + StaticOnly.twice(4) + " log=" + LOG);
        LOG.setLength(0);
        System.out.println("new Derived");
        System.out.println("derived " + new Derived().derived() + " log=" + LOG);
        LOG.setLength(0);
        System.out.println("Holder.FIELD " + (Holder.FIELD > 0) + " log=" + LOG);
        System.out.println("Holder.MORE " + (Holder.MORE > 0) + " log=" + LOG);
        System.out.println("Holder.h " + (Holder.h > 0) + " log=" + LOG);
        System.out.println("Callable.call " + Callable.call() + " log=" + LOG);
        System.out.println("ChildOfDefaults.CD " + (ChildOfDefaults.CD > 0) + " log=" + LOG);
        System.out.println("WithDefault2.WD " + (WithDefault2.WD > 0) + " log=" + LOG);
    }
}
