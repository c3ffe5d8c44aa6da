package lambdas;

/**
 * Lambdas declared in unusual places: interface default, private and static methods, constructors, static
 * initializers, field initializers, enum constants, inner classes capturing the outer instance, and lambdas
 * inside lambdas.
 */
public class LambdaPlaces {
    interface Greeter {
        String name();

        default Runnable greeting(StringBuilder out) { return () -> out.append("hello ").append(name()).append(';'); }

        default Runnable viaPrivate(StringBuilder out) { return () -> helper(out); }

        private void helper(StringBuilder out) { out.append("private ").append(name()).append(';'); }

        static Greeter named(String n) { return () -> n; }
    }

    interface IntOp { int apply(int x); }

    static final IntOp STATIC_FIELD = x -> x + 1000;
    static IntOp fromInitializer;

    static {
        int base = 7;
        fromInitializer = x -> x * base;
    }

    private final IntOp instanceField = x -> x - 1;
    private final IntOp fromConstructor;
    private final int scale;

    LambdaPlaces(int scale) {
        this.scale = scale;
        fromConstructor = x -> x * this.scale;
    }

    enum Operation {
        ADD((a, b) -> a + b), SUB((a, b) -> a - b), MUL((a, b) -> a * b);

        interface Bin { int apply(int a, int b); }

        private final Bin bin;

        Operation(Bin bin) { this.bin = bin; }

        int apply(int a, int b) { return bin.apply(a, b); }
    }

    class Inner {
        IntOp scaled() { return x -> x * scale + 1; }
    }

    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        Greeter g = Greeter.named("kiln");
        g.greeting(out).run();
        g.viaPrivate(out).run();
        Greeter anon = new Greeter() {
            public String name() { return "anonymous"; }
        };
        anon.greeting(out).run();
        System.out.println(out);

        System.out.println("static " + STATIC_FIELD.apply(1) + " init " + fromInitializer.apply(6));
        LambdaPlaces p = new LambdaPlaces(3);
        System.out.println("field " + p.instanceField.apply(10) + " ctor " + p.fromConstructor.apply(10));
        LambdaPlaces.Inner inner = p.new Inner();
        System.out.println("inner " + inner.scaled().apply(4));

        for (Operation op : Operation.values()) System.out.println(op.name() + " " + op.ordinal() + " " + op.apply(12, 5));

        IntOp outer = x -> {
            IntOp nested = y -> y * x;
            IntOp nested2 = y -> nested.apply(y) + x;
            return nested2.apply(x + 1);
        };
        for (int k = 0; k < 5; k++) System.out.println("nested " + k + " " + outer.apply(k));
    }
}
