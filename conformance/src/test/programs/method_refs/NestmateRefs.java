package method_refs;

/** References to private methods and constructors of nestmates: outer from nested, nested from outer. */
public class NestmateRefs {
    interface IntOp { int apply(int x); }
    interface Sup<T> { T get(); }
    interface Fn<T, R> { R apply(T t); }

    private static int outerSecret(int x) { return x ^ 0x5a; }

    private int outerInstance(int x) { return x + id; }

    private final int id;

    private NestmateRefs(int id) { this.id = id; }

    static class Nested {
        private final String tag;

        private Nested(String tag) { this.tag = tag; }

        private String show() { return "nested " + tag; }

        private static String make(int n) { return "made " + n; }

        IntOp useOuterStatic() { return NestmateRefs::outerSecret; }

        IntOp useOuterInstance(NestmateRefs o) { return o::outerInstance; }

        Fn<Integer, NestmateRefs> outerConstructor() { return NestmateRefs::new; }
    }

    public static void main(String[] args) {
        Fn<String, Nested> create = Nested::new;
        Nested n = create.apply("t1");
        Sup<String> show = n::show;
        Fn<Nested, String> unboundShow = Nested::show;
        Fn<Integer, String> make = Nested::make;
        System.out.println(show.get() + " | " + unboundShow.apply(create.apply("t2")) + " | " + make.apply(3));
        for (int x : new int[] {0, 1, 0x5a, 255}) System.out.println("secret " + x + " " + n.useOuterStatic().apply(x));
        NestmateRefs outer = n.outerConstructor().apply(1000);
        System.out.println("instance " + n.useOuterInstance(outer).apply(24) + " id " + outer.id);
    }
}
