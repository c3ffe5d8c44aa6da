package class_versions;

// kiln:release=8

/**
 * Interface methods with code, new in class file version 52: default methods, static interface methods
 * (invokestatic of an interface method), {@code Iface.super.m()} (invokespecial of an interface method),
 * the most specific default among superinterfaces, and a class method beating any default.
 */
public class InterfaceMethods8 {
    interface Named {
        String name();

        default String greet() {
            return "hello " + name();
        }

        static String shout(Named n) {
            return n.greet().toUpperCase();
        }
    }

    interface Polite extends Named {
        default String greet() {
            return "good day, " + name();
        }
    }

    interface Loud {
        default String greet() {
            return "HEY";
        }
    }

    static class Plain implements Named {
        public String name() {
            return "plain";
        }
    }

    static class Courteous implements Polite, Named {
        public String name() {
            return "courteous";
        }
    }

    static class Both implements Polite, Loud {
        public String name() {
            return "both";
        }

        public String greet() {
            return Polite.super.greet() + " / " + Loud.super.greet();
        }
    }

    static class Inheritor extends Plain implements Polite {
    }

    static class ClassWins extends Plain implements Loud {
        public String greet() {
            return "class method";
        }
    }

    interface Counter {
        int step();

        default int advance(int from, int times) {
            int v = from;
            for (int i = 0; i < times; i++) v += step();
            return v;
        }
    }

    public static void main(String[] args) {
        Named[] all = {new Plain(), new Courteous(), new Both(), new Inheritor(), new ClassWins()};
        for (Named n : all) {
            System.out.println(n.name() + ": " + n.greet() + " | " + Named.shout(n));
        }
        Counter byThree = new Counter() {
            public int step() {
                return 3;
            }
        };
        System.out.println("advance " + byThree.advance(10, 4));
    }
}
