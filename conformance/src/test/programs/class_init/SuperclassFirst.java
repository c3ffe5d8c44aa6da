package class_init;

/**
 * JLS 12.4.2 step 7: initialising a class first initialises its superclass (recursively), whatever the
 * use that triggers it; a superclass already initialised is not initialised again, and a subclass
 * that was never used is not initialised by its superclass's initialisation.
 */
public class SuperclassFirst {
    static final StringBuilder LOG = new StringBuilder();

    static int note(String what) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
        return LOG.length();
    }

    static class A {
        static int a = note("A");

        A() {
            System.out.println("  A() a=" + a);
        }
    }

    static class B extends A {
        static int b = note("B");

        B() {
            System.out.println("  B() b=" + b);
        }
    }

    static class C extends B {
        static int c = note("C");

        static int sum() {
            return a + b + c;
        }
    }

    static class D extends B {
        static int d = note("D");
    }

    static class NoInitializer extends D {
        int field = 3;
    }

    static class OtherRoot {
        static int r = note("OtherRoot");
    }

    static class Leaf extends OtherRoot {
        static int l = note("Leaf");
    }

    public static void main(String[] args) {
        System.out.println("new C");
        new C();
        System.out.println("log=" + LOG);
        System.out.println("C.sum " + C.sum());
        System.out.println("new NoInitializer");
        System.out.println("field " + new NoInitializer().field + " log=" + LOG);
        System.out.println("OtherRoot.r " + OtherRoot.r + " log=" + LOG);
        System.out.println("Leaf.l " + Leaf.l + " log=" + LOG);
    }
}
