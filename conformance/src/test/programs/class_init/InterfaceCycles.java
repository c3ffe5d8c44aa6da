package class_init;

/**
 * Cycles through interfaces that are initialised with their implementors (JVMS 5.5): a class is marked in
 * progress before its superinterfaces are initialised (step 6 before step 7), so an interface initializer
 * that reads the implementing class sees its defaults, and an interface whose initializer creates an
 * implementor lets that class finish first while the interface is still in progress.
 */
public class InterfaceCycles {
    static String trace(String what, int v) {
        System.out.println("  " + what + " = " + v);
        return what;
    }

    interface Shape {
        Circle UNIT = new Circle(1);
        String LABEL = trace("Shape.LABEL sees Circle.count", Circle.count);

        default String describe() {
            return "shape " + LABEL;
        }
    }

    static class Circle implements Shape {
        static int count = 100;
        final int radius;

        static {
            trace("Circle.<clinit> sees Shape.UNIT null", Shape.UNIT == null ? 1 : 0);
        }

        Circle(int radius) {
            this.radius = radius;
            count++;
        }
    }

    interface Reader {
        String SEEN = trace("Reader sees Gadget.size", Gadget.size);

        default String read() {
            return SEEN;
        }
    }

    static class Gadget implements Reader {
        static int size = 7;

        static {
            trace("Gadget.<clinit> size", size);
        }
    }

    public static void main(String[] args) {
        System.out.println("Shape.UNIT first");
        System.out.println("radius " + Shape.UNIT.radius + " count " + Circle.count + " " + Shape.UNIT.describe());
        System.out.println("new Gadget first");
        Gadget g = new Gadget();
        System.out.println("read " + g.read() + " size " + Gadget.size);
    }
}
