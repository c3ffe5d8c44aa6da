package generics;

// kiln:release=8

/**
 * Bridge methods as javac writes them for Java 8: covariant returns (a class overriding with a narrower return
 * type, a subinterface narrowing an inherited method), a generic interface implemented with concrete type
 * arguments, a generic superclass method overridden in a subclass with its type argument fixed, a chain of two
 * bridges (Object and CharSequence erasures), and a bridge javac adds to a class whose implementation is
 * inherited from its superclass. Calls go through the erased and raw types, so they reach the bridges; a raw
 * call with an argument of the wrong type fails in the bridge's cast with the JVM's ClassCastException message.
 */
public class BridgeMethods {
    interface Transformer<A, B> {
        B apply(A a);
    }

    static class Length implements Transformer<String, Integer> {
        public Integer apply(String s) {
            return s.length();
        }
    }

    abstract static class Shape implements Comparable<Shape> {
        abstract int area();

        Shape copy() {
            return this;
        }

        public int compareTo(Shape o) {
            return Integer.compare(area(), o.area());
        }
    }

    static class Square extends Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        int area() {
            return side * side;
        }

        @Override
        Square copy() {
            return new Square(side + 1);
        }
    }

    static class Node<T> {
        T value;

        T get() {
            return value;
        }

        void set(T v) {
            value = v;
        }
    }

    static class IntNode extends Node<Integer> {
        @Override
        Integer get() {
            return super.get() + 1000;
        }

        @Override
        void set(Integer v) {
            super.set(v * 2);
        }
    }

    static class Base<T> {
        T pick(T a, T b) {
            return a;
        }
    }

    static class Longest<T extends CharSequence> extends Base<T> {
        @Override
        T pick(T a, T b) {
            return a.length() >= b.length() ? a : b;
        }
    }

    static class Smallest extends Longest<String> {
        @Override
        String pick(String a, String b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }

    interface Source {
        Object next();
    }

    interface TextSource extends Source {
        @Override
        String next();
    }

    static class Counter implements TextSource {
        int n;

        public String next() {
            return "n" + (++n);
        }
    }

    static class Named {
        public String name() {
            return "inherited-name";
        }
    }

    interface HasName<T> {
        T name();
    }

    static class NamedThing extends Named implements HasName<String> {
    }

    static void fail(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (ClassCastException e) {
            System.out.println(label + ": ClassCastException " + e.getMessage());
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Length();
        Transformer raw = t;
        System.out.println("typed apply " + t.apply("kiln"));
        System.out.println("raw apply " + raw.apply("webassembly"));
        fail("raw apply Integer", () -> raw.apply(Integer.valueOf(args.length + 42)));

        Shape small = new Square(2);
        Shape big = small.copy().copy();
        System.out.println("copy areas " + small.area() + " " + big.area());
        Square sq = new Square(5);
        System.out.println("covariant copy side " + sq.copy().side);
        Comparable<Shape> cmp = small;
        Comparable rawCmp = big;
        System.out.println("compareTo " + cmp.compareTo(big) + " " + rawCmp.compareTo(small) + " " + rawCmp.compareTo(big));
        fail("raw compareTo String", () -> rawCmp.compareTo("square"));
        fail("raw compareTo Integer", () -> ((Comparable) new Square(1)).compareTo(7));

        IntNode in = new IntNode();
        Node<Integer> asNode = in;
        asNode.set(21);
        System.out.println("IntNode get " + asNode.get() + " value " + in.value);
        Node rawNode = in;
        rawNode.set(4);
        System.out.println("raw set/get " + rawNode.get());
        fail("raw set String", () -> rawNode.set("four"));
        System.out.println("after failed set " + in.get());

        Base<String> b = new Smallest();
        Longest<String> l = new Smallest();
        Base<StringBuilder> lb = new Longest<StringBuilder>();
        System.out.println("pick via Base " + b.pick("pear", "fig"));
        System.out.println("pick via Longest " + l.pick("pear", "fig"));
        System.out.println("pick Longest<StringBuilder> " + lb.pick(new StringBuilder("ab"), new StringBuilder("abc")));
        Base rawBase = b;
        fail("raw pick StringBuilder", () -> rawBase.pick(new StringBuilder("x"), "y"));
        Longest rawLongest = new Smallest();
        fail("raw Longest pick StringBuilder", () -> rawLongest.pick("y", new StringBuilder("x")));
        fail("raw Longest pick Integer", () -> ((Base) new Longest<String>()).pick(1, "z"));

        Counter c = new Counter();
        Source s = c;
        TextSource ts = c;
        System.out.println("sources " + s.next() + " " + ts.next() + " " + c.next() + " " + ts.next().length());

        NamedThing nt = new NamedThing();
        HasName<String> hn = nt;
        HasName rawHn = nt;
        Object o = rawHn.name();
        System.out.println("inherited bridge " + hn.name() + " " + o + " " + nt.name().length());
    }
}
