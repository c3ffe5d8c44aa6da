package class_init;

/**
 * A static member reached through a subclass's name initialises only the class that declares it
 * (JLS 12.4.1): {@code Sub.superField} and {@code Sub.superMethod()} initialise Super, not Sub. Sub's
 * own members initialise Sub, after Super (already done). Writes through the subclass name behave alike.
 */
public class ThroughSubclass {
    static final StringBuilder LOG = new StringBuilder();

    static int note(String what, int v) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
        return v;
    }

    static class Super {
        static int superField = note("Super", 10);

        static int superMethod() {
            return superField * 2;
        }
    }

    static class Sub extends Super {
        static int subField = note("Sub", 20);

        static int subMethod() {
            return subField + superMethod();
        }
    }

    static class WriteSuper {
        static int shared = note("WriteSuper", 1);
    }

    static class WriteSub extends WriteSuper {
        static int own = note("WriteSub", 2);
    }

    static class Grand {
        static int g = note("Grand", 3);
    }

    static class Parent extends Grand {
        static int p = note("Parent", 4);
    }

    static class Child extends Parent {
        static int c = note("Child", 5);
    }

    public static void main(String[] args) {
        System.out.println("Sub.superField " + Sub.superField + " log=" + LOG);
        System.out.println("Sub.superMethod " + Sub.superMethod() + " log=" + LOG);
        System.out.println("Sub.subMethod " + Sub.subMethod() + " log=" + LOG);
        WriteSub.shared = 50;
        System.out.println("WriteSub.shared= " + WriteSuper.shared + " log=" + LOG);
        WriteSub.own += WriteSub.shared;
        System.out.println("WriteSub.own " + WriteSub.own + " log=" + LOG);
        System.out.println("Child.p " + Child.p + " log=" + LOG);
        System.out.println("Child.g " + Child.g + " log=" + LOG);
        System.out.println("Child.c " + Child.c + " log=" + LOG);
    }
}
