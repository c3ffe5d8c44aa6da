package static_fields;

/**
 * Two classes whose static initializers read each other's fields: the class whose initialization is in
 * progress is seen with default values by the other one.
 */
public class CyclicInit {
    static class A {
        static int x = 10;
        static int fromB = B.y + 1;
        static int late = 5;

        static {
            System.out.println("A done: x=" + x + " fromB=" + fromB + " late=" + late);
        }
    }

    static class B {
        static int y = A.late * 100 + A.x;
        static int z = 2;

        static {
            System.out.println("B done: y=" + y + " z=" + z);
        }
    }

    static class Self {
        static Self INSTANCE = new Self();
        static int count = 3;
        final int seen;

        Self() {
            seen = count;
            count++;
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("A.fromB = " + A.fromB);
        System.out.println("B.y = " + B.y + " B.z = " + B.z);
        System.out.println("Self.INSTANCE.seen = " + Self.INSTANCE.seen + " count = " + Self.count);
    }
}
