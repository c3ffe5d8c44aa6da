package method_refs;

/** Bound method references: on locals, fields, this, string literals, expressions evaluated once. */
public class BoundRefs {
    interface Sup<T> { T get(); }
    interface IntSup { int get(); }
    interface Fn<T, R> { R apply(T t); }
    interface CharAt { char at(int i); }
    interface Act { void run(); }

    private final String name;
    private int calls;

    BoundRefs(String name) { this.name = name; }

    String greet(String who) { calls++; return name + " greets " + who; }

    int calls() { return calls; }

    Fn<String, String> greeter() { return this::greet; }

    static int evaluations;

    static BoundRefs make(String n) {
        evaluations++;
        return new BoundRefs(n);
    }

    public static void main(String[] args) {
        String s = "conformance";
        IntSup length = s::length;
        CharAt at = s::charAt;
        Fn<String, Boolean> starts = s::startsWith;
        Fn<String, Integer> index = s::indexOf;
        System.out.println("length " + length.get() + " at3 " + at.at(3) + " starts " + starts.apply("conf") + " " + starts.apply("x")
                + " index " + index.apply("form") + " " + index.apply("zz"));
        Fn<String, String> concat = "pre-"::concat;
        System.out.println(concat.apply("fix") + " " + concat.apply(""));

        BoundRefs alice = new BoundRefs("alice");
        Fn<String, String> g = alice::greet;
        System.out.println(g.apply("bob"));
        System.out.println(alice.greeter().apply("carol"));
        IntSup calls = alice::calls;
        System.out.println("calls " + calls.get());
        g.apply("dave");
        System.out.println("calls after " + calls.get());

        Fn<String, String> once = make("eve")::greet;
        System.out.println("evaluations " + evaluations);
        System.out.println(once.apply("x") + " / " + once.apply("y"));
        System.out.println("evaluations " + evaluations);

        StringBuilder sb = new StringBuilder();
        Fn<String, StringBuilder> append = sb::append;
        append.apply("a").append("-");
        append.apply("b");
        Sup<String> snapshot = sb::toString;
        System.out.println("sb " + snapshot.get());
        Act clear = () -> sb.setLength(0);
        clear.run();
        System.out.println("cleared '" + snapshot.get() + "'");

        Integer boxed = 1234;
        IntSup unboxed = boxed::intValue;
        Sup<String> boxedText = boxed::toString;
        System.out.println("boxed " + unboxed.get() + " " + boxedText.get());
        Object o = "object";
        IntSup hash = o::hashCode;
        Fn<Object, Boolean> eq = o::equals;
        System.out.println("hash " + hash.get() + " eq " + eq.apply("object") + " " + eq.apply("other"));
    }
}
