package class_versions;

// kiln:release=11

/**
 * Private members used across nested classes, as javac writes it from Java 11 on: nest members access each
 * other's private fields and methods directly (NestHost/NestMembers attributes), calling private instance
 * methods with invokevirtual and private interface methods with invokeinterface. A private method is never
 * overridden: invoked on a subclass instance that declares a method with the same name and descriptor, the
 * private one still runs.
 */
public class NestAccess11 {
    private int count = 1;

    private String who() {
        return "NestAccess11.who";
    }

    String callWho(NestAccess11 target) {
        return target.who();
    }

    static class Sub extends NestAccess11 {
        private int count = 2;

        @SuppressWarnings("unused")
        private String who() {
            return "Sub.who";
        }

        String own() {
            return who() + " " + count + " " + ((NestAccess11) this).count;
        }
    }

    interface Shape {
        private String describe(int sides) {
            return sides + " sides, " + kind();
        }

        private static String bracket(String s) {
            return "[" + s + "]";
        }

        String kind();

        int sides();

        default String show(Shape other) {
            return bracket(describe(sides())) + " and " + bracket(other.describe(other.sides()));
        }
    }

    static class Square implements Shape {
        private final int side;

        Square(int side) {
            this.side = side;
        }

        public String kind() {
            return "square " + side;
        }

        public int sides() {
            return 4;
        }
    }

    static class Triangle implements Shape {
        public String kind() {
            return "triangle";
        }

        public int sides() {
            return 3;
        }
    }

    static class Counter {
        private static int made;
        private final int id;

        private Counter() {
            id = ++made;
        }
    }

    public static void main(String[] args) {
        NestAccess11 base = new NestAccess11();
        Sub sub = new Sub();
        System.out.println(base.callWho(base));
        System.out.println(base.callWho(sub));
        System.out.println(sub.own());
        sub.count += 40;
        ((NestAccess11) sub).count *= 7;
        System.out.println("counts " + sub.count + " " + ((NestAccess11) sub).count + " " + base.count);
        Square sq = new Square(9);
        Shape shape = sq;
        System.out.println(shape.show(new Triangle()));
        System.out.println("square side " + sq.side);
        Counter a = new Counter();
        Counter b = new Counter();
        System.out.println("counters " + a.id + " " + b.id + " made " + Counter.made);
    }
}
