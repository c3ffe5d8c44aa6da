package class_init;

/**
 * Two classes whose initializers use each other: the class whose initialisation is in progress is seen
 * with default values by the other, as on the JVM, and which one finishes first depends on which was
 * used first. A superclass's initializer that uses its subclass initialises the subclass while the
 * superclass is still in progress when the superclass is used first, and sees it in progress when the
 * subclass is.
 */
public class MutualReference {
    static class Ping {
        static int ping = 1;
        static int fromPong = Pong.pong + 10;
        static int late = 3;

        static {
            System.out.println("  Ping done: ping=" + ping + " fromPong=" + fromPong + " late=" + late);
        }
    }

    static class Pong {
        static int pong = Ping.late * 100 + Ping.ping;
        static int fromPing = Ping.fromPong;

        static {
            System.out.println("  Pong done: pong=" + pong + " fromPing=" + fromPing);
        }
    }

    static class Left {
        static int left = Right.right + 1;
    }

    static class Right {
        static int right = Left.left + 1;
    }

    static class Parent {
        static int parentValue = 5;
        static int seenChild = Child.childValue;

        static {
            System.out.println("  Parent done: seenChild=" + seenChild);
        }
    }

    static class Child extends Parent {
        static int childValue = parentValue + 20;

        static {
            System.out.println("  Child done: childValue=" + childValue);
        }
    }

    static class Mother {
        static int motherValue = 7;
        static int seenSon = Son.sonValue;

        static {
            System.out.println("  Mother done: seenSon=" + seenSon);
        }
    }

    static class Son extends Mother {
        static int sonValue = motherValue + 30;

        static {
            System.out.println("  Son done: sonValue=" + sonValue);
        }
    }

    public static void main(String[] args) {
        System.out.println("Ping first");
        System.out.println("Ping.fromPong=" + Ping.fromPong + " Pong.fromPing=" + Pong.fromPing);
        System.out.println("Right first");
        System.out.println("Right.right=" + Right.right + " Left.left=" + Left.left);
        System.out.println("Parent first");
        System.out.println("Parent.seenChild=" + Parent.seenChild + " Child.childValue=" + Child.childValue);
        System.out.println("Son first");
        System.out.println("Son.sonValue=" + Son.sonValue + " Mother.seenSon=" + Mother.seenSon);
    }
}
