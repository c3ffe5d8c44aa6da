package static_fields;

/**
 * Class initialization order between classes: superclass before subclass, only on first active use,
 * not for compile-time constants, not for a static field read through a subclass, and once only.
 */
public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static void note(String s) {
        log.append(s).append(' ');
        System.out.println("  [" + s + "]");
    }

    static class Base {
        static final int CONSTANT = 7;
        static final String NAME = "base";
        static int counter = seed("Base.counter", 1);

        static {
            note("Base.<clinit>");
        }

        static int seed(String what, int v) {
            note(what);
            return v;
        }
    }

    static class Derived extends Base {
        static int extra = seed("Derived.extra", counter + 1);

        static {
            note("Derived.<clinit>");
        }

        static void touch() {
            note("Derived.touch");
        }
    }

    static class OnlyByNew {
        static {
            note("OnlyByNew.<clinit>");
        }

        int x = 3;
    }

    static class NeverUsed {
        static {
            note("NeverUsed.<clinit>");
        }
    }

    static class ArrayOnly {
        static {
            note("ArrayOnly.<clinit>");
        }
    }

    public static void main(String[] args) {
        System.out.println("read constants");
        System.out.println(Base.CONSTANT + " " + Base.NAME + " " + Derived.CONSTANT);
        System.out.println("read Base.counter through Derived");
        System.out.println(Derived.counter);
        System.out.println("call Derived.touch");
        Derived.touch();
        System.out.println("read Derived.extra");
        System.out.println(Derived.extra);
        System.out.println("create ArrayOnly[]");
        ArrayOnly[] arr = new ArrayOnly[3];
        System.out.println(arr.length);
        System.out.println("new OnlyByNew twice");
        System.out.println(new OnlyByNew().x + new OnlyByNew().x);
        NeverUsed unused = null;
        System.out.println(unused == null);
        System.out.println("log: " + log);
    }
}
