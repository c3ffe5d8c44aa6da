package lambdas;

/**
 * Lambdas for functional interfaces with default and static methods, inherited abstract methods, generic
 * specialisations whose erasure differs (bridge methods), and intersection casts adding marker interfaces.
 */
public class LambdaInterfaces {
    interface Shape {
        double area();

        default String describe() { return "area " + area(); }

        static Shape square(double side) { return () -> side * side; }
    }

    interface Named { String name(); }
    interface Tagged {}
    interface Extra {}

    interface Transformer<T> { T transform(T value); }
    interface StringTransformer extends Transformer<String> {
        @Override
        String transform(String value);

        default StringTransformer then(StringTransformer next) { return s -> next.transform(transform(s)); }
    }

    interface Source { Object get(); }
    interface TextSource { String get(); }
    interface Both extends Source, TextSource {}

    interface Base<T> { T make(int n); }
    interface Derived extends Base<StringBuilder> {}

    static String useRaw(Transformer<String> t, String s) { return t.transform(s); }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Object rawCall(Transformer t, Object o) { return t.transform(o); }

    public static void main(String[] args) {
        Shape unit = () -> 1.0;
        System.out.println(unit.describe());
        System.out.println(Shape.square(3).describe());
        Shape[] shapes = {Shape.square(0.5), () -> 12.25, Shape.square(10)};
        double total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println("total " + total);

        StringTransformer upper = s -> s.toUpperCase();
        StringTransformer exclaim = s -> s + "!";
        StringTransformer both = upper.then(exclaim).then(exclaim);
        System.out.println(both.transform("hey"));
        System.out.println("through bridge " + useRaw(upper, "mixed Case"));
        System.out.println("raw " + rawCall(exclaim, "raw"));

        Both b = () -> "both";
        Source asSource = b;
        TextSource asText = b;
        System.out.println("source " + asSource.get() + " text " + asText.get());

        Derived d = n -> new StringBuilder().append(n).append(n);
        Base<StringBuilder> asBase = d;
        System.out.println("derived " + d.make(4) + " base " + asBase.make(12));

        Object marked = (Named & Tagged) () -> "marked";
        System.out.println("marked named " + (marked instanceof Named) + " tagged " + (marked instanceof Tagged)
                + " extra " + (marked instanceof Extra) + " name " + ((Named) marked).name());
        Object several = (Named & Tagged & Extra) () -> "several";
        System.out.println("several tagged " + (several instanceof Tagged) + " extra " + (several instanceof Extra)
                + " comparable " + (several instanceof Comparable));
        Object runnable = (Runnable & Tagged) () -> System.out.println("ran marked runnable");
        ((Runnable) runnable).run();
        System.out.println("runnable tagged " + (runnable instanceof Tagged) + " named " + (runnable instanceof Named));

        Named plain = () -> "plain";
        System.out.println("plain tagged " + (((Object) plain) instanceof Tagged) + " runnable " + (((Object) plain) instanceof Runnable));
    }
}
