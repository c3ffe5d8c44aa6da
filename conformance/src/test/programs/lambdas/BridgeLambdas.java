package lambdas;

/**
 * Call sites that need bridge methods (altMetafactory with FLAG_BRIDGES): an intersection or interface
 * inheriting the same method with different erased signatures, called through each of them; and an interface
 * whose bridge javac writes itself, as a default method.
 */
public class BridgeLambdas {
    interface ObjectSupplier { Object get(); }
    interface StringSupplier { String get(); }
    interface CharSequenceSupplier { CharSequence get(); }
    interface AllSuppliers extends ObjectSupplier, StringSupplier, CharSequenceSupplier {}

    interface Consumer<T> { void accept(T t); }
    interface StringConsumer extends Consumer<String> { @Override void accept(String s); }

    interface NumberMaker { Number make(int n); }
    interface IntegerMaker { Integer make(int n); }

    static String describe(ObjectSupplier o, StringSupplier s, CharSequenceSupplier c) {
        return o.get() + "|" + s.get() + "|" + c.get().length();
    }

    public static void main(String[] args) {
        int n = args.length + 3;
        AllSuppliers all = () -> "value" + n;
        System.out.println(describe(all, all, all));
        Object viaIntersection = (ObjectSupplier & StringSupplier) () -> "intersection";
        System.out.println(((ObjectSupplier) viaIntersection).get() + " " + ((StringSupplier) viaIntersection).get());
        Object makers = (NumberMaker & IntegerMaker) k -> k * n;
        NumberMaker nm = (NumberMaker) makers;
        IntegerMaker im = (IntegerMaker) makers;
        System.out.println("makers " + nm.make(4) + " " + im.make(5) + " " + (nm.make(6).intValue() + im.make(7)));
        StringBuilder log = new StringBuilder();
        StringConsumer consumer = s -> log.append(s).append(',');
        consumer.accept("direct");
        Consumer<String> generic = consumer;
        generic.accept("generic");
        System.out.println("log " + log);
    }
}
