package method_refs;

// kiln:release=8
/**
 * Compiled for Java 8, where javac refers to private instance methods, and to the methods holding instance
 * lambdas' bodies (in classes and interfaces), with REF_invokeSpecial method handles (later javac uses
 * REF_invokeVirtual or REF_invokeInterface).
 */
public class Release8Refs {
    interface IntOp { int apply(int x); }
    interface Text { String get(); }

    private final int base;

    Release8Refs(int base) { this.base = base; }

    private int plus(int x) { return x + base; }

    private String describe() { return "base " + base; }

    IntOp viaPrivate() { return this::plus; }

    IntOp viaLambda() { return x -> plus(x) * 2; }

    Text text() { return this::describe; }

    interface Named {
        String name();

        default Text greeting() { return () -> "hello " + name(); }

        default Text shout() { return this::loud; }

        default String loud() { return name().toUpperCase(); }
    }

    static class Base { String who() { return "base"; } }

    static class Sub extends Base {
        @Override String who() { return "sub"; }
        Text superWho() { return super::who; }
        Text lambdaWho() { return () -> who() + "/" + super.who(); }
    }

    public static void main(String[] args) {
        Release8Refs r = new Release8Refs(100);
        System.out.println(r.viaPrivate().apply(5) + " " + r.viaLambda().apply(5) + " " + r.text().get());
        IntOp bound = new Release8Refs(-1)::plus;
        System.out.println("bound " + bound.apply(1));
        Sub s = new Sub();
        System.out.println(s.superWho().get() + " " + s.lambdaWho().get());
        Named n = () -> "kiln";
        System.out.println(n.greeting().get() + " " + n.shout().get());
        IntOp[] ops = new IntOp[3];
        for (int k = 0; k < ops.length; k++) ops[k] = new Release8Refs(k * 10).viaLambda();
        for (IntOp op : ops) System.out.println("op " + op.apply(1));
    }
}
