package exceptions;

/** throw and catch: exact class, superclass, catch order, Error vs Exception, identity of the caught object. */
public class ThrowCatch {
    static class Base extends Exception {
        Base(String m) { super(m); }
    }

    static class Derived extends Base {
        Derived(String m) { super(m); }
    }

    static class Other extends RuntimeException {
        Other(String m) { super(m); }
    }

    static void raise(int kind) throws Exception {
        switch (kind) {
            case 0: throw new Base("base");
            case 1: throw new Derived("derived");
            case 2: throw new Other("other");
            case 3: throw new Error("error");
            case 4: throw new Exception("plain");
            default: System.out.println("no throw for " + kind);
        }
    }

    static String classify(int kind) {
        try {
            raise(kind);
            return "normal";
        } catch (Derived d) {
            return "Derived handler: " + d.getMessage();
        } catch (Base b) {
            return "Base handler: " + b.getMessage() + " (" + b.getClass().getName() + ")";
        } catch (RuntimeException r) {
            return "RuntimeException handler: " + r;
        } catch (Exception e) {
            return "Exception handler: " + e;
        } catch (Throwable t) {
            return "Throwable handler: " + t;
        }
    }

    static Other saved;

    static void throwSaved() {
        throw saved;
    }

    public static void main(String[] args) {
        for (int kind = 0; kind <= 5; kind++) {
            System.out.println(kind + " -> " + classify(kind));
        }
        saved = new Other("saved");
        try {
            throwSaved();
        } catch (Other o) {
            System.out.println("same object: " + (o == saved));
        }
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) throw new Other("tick " + i);
                count += i;
            } catch (Other o) {
                count += 100;
                System.out.println("caught " + o.getMessage() + " count " + count);
            }
        }
        System.out.println("count " + count);
        try {
            throw new Derived("as base");
        } catch (Base b) {
            System.out.println("instanceof Derived: " + (b instanceof Derived));
        }
        Throwable t = new Error("not thrown");
        System.out.println("created only: " + t.getMessage());
        try {
            throw new AssertionError("assertion");
        } catch (Error e) {
            System.out.println("Error caught: " + e);
        }
    }
}
