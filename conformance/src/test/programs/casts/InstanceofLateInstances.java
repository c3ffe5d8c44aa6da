package casts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * instanceof branches whose "is a T" side can only run once the program has made a T somewhere: Kiln's
 * reachability analysis skips that side until then and reads it when a T appears. Here T appears after the
 * branch was first read, in many ways: a class instantiated only in a method reached later, only in a static
 * initializer, only inside a catch block, only by a lambda (the call site's synthetic class), only as an enum
 * constant's body, an exception only the runtime's checks throw, a record, an implementor of an interface, an
 * anonymous class; and types no code ever instantiates, whose side never
 * runs. Arrays are instances of Object, Cloneable and Serializable.
 */
public class InstanceofLateInstances {
    interface Shape {
        int corners();
    }

    static final class Triangle implements Shape {
        @Override public int corners() { return 3; }
    }

    static final class Never implements Shape {
        @Override public int corners() { return -1; }
    }

    static class Base {
        @Override public String toString() { return "Base"; }
    }

    static final class MadeInInitializer extends Base {
        @Override public String toString() { return "MadeInInitializer"; }
    }

    static final class MadeInCatch extends Base {
        @Override public String toString() { return "MadeInCatch"; }
    }

    static final class Holder {
        static final Object VALUE = new MadeInInitializer();
    }

    enum Op {
        PLUS { @Override int apply(int a, int b) { return a + b; } },
        TIMES { @Override int apply(int a, int b) { return a * b; } };

        abstract int apply(int a, int b);
    }

    record Point(int x, int y) {
    }

    record Unused(String why) {
    }

    static String classify(Object o) {
        if (o instanceof Never n) return "never " + n.corners();
        if (o instanceof Shape s) return "shape with " + s.corners() + " corners";
        if (o instanceof MadeInInitializer) return "made in an initializer";
        if (!(o instanceof MadeInCatch)) {
            if (o instanceof Runnable r) {
                r.run();
                return "a runnable";
            }
            if (o instanceof Op op) return "op " + op.name() + " " + op.apply(6, 7);
            if (o instanceof ArithmeticException e) return "arithmetic: " + e.getMessage();
            if (o instanceof Point p) return "point " + (p.x() + p.y()) + " " + p;
            if (o instanceof Supplier<?> s) return "supplier of " + s.get();
            if (o instanceof Cloneable && o instanceof java.io.Serializable) return "an array of " + o.getClass().getComponentType();
            if (o instanceof Base b) return "some base: " + b;
            if (o instanceof CharSequence cs) return "text of length " + cs.length();
            return "something else: " + o;
        }
        return "made in a catch block";
    }

    static Object failDividing(int d) {
        try {
            return 10 / d;
        } catch (ArithmeticException e) {
            return new MadeInCatch();
        }
    }

    public static void main(String[] args) {
        List<Object> values = new ArrayList<>();
        values.add("hello");
        values.add(42);
        // Every branch of classify has been read by now; the types below appear only afterwards.
        for (Object o : values) System.out.println(classify(o));
        values.add(new Triangle());
        values.add(Holder.VALUE);
        values.add(failDividing(0));
        values.add(failDividing(5));
        values.add((Runnable) () -> System.out.println("  (ran)"));
        values.add(Op.TIMES);
        try {
            System.out.println(1 / (values.size() - values.size()));
        } catch (ArithmeticException e) {
            values.add(e);
        }
        values.add(new Point(3, 4));
        values.add((Supplier<String>) () -> "tea");
        values.add(new int[2]);
        values.add(new String[] {"a"});
        values.add(new Base() {
            @Override public String toString() { return "anonymous"; }
        });
        values.add(new StringBuilder("builder"));
        for (Object o : values) System.out.println(classify(o));
        Object unknown = values.get(0);
        System.out.println(unknown instanceof Never ? "impossible" : "no Never exists");
        System.out.println(unknown instanceof Unused ? "impossible" : "no Unused exists");
    }
}
