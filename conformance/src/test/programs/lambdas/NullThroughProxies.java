package lambdas;

/**
 * NullPointerExceptions thrown inside the function objects of method references: the JVM's lambda proxies
 * are hidden classes, and a NullPointerException raised in a hidden frame (an unbound receiver that is null,
 * an argument unboxed on the way to the target) has no helpful message, while the same dereference in a
 * lambda body, which is a method of the program's own class, does. A bound receiver is checked where it is
 * captured, by Objects.requireNonNull (no message either).
 */
public class NullThroughProxies {
    interface Fn<A, R> {
        R apply(A a);
    }

    interface ToInt<A> {
        int apply(A a);
    }

    interface BiFn<A, B, R> {
        R apply(A a, B b);
    }

    interface IntFn {
        int apply(Integer boxed);
    }

    interface Sup<R> {
        R get();
    }

    static int twice(int x) {
        return 2 * x;
    }

    static void report(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Fn<String, Integer> length = String::length;
        ToInt<String> lengthInt = String::length;
        BiFn<String, String, Boolean> startsWith = String::startsWith;
        IntFn unbox = NullThroughProxies::twice;
        Fn<String, Integer> lambda = s -> s.length();
        Fn<int[], Integer> arrayLambda = a -> a.length;
        report("unbound receiver", () -> length.apply(null));
        report("unbound receiver, int result", () -> lengthInt.apply(null));
        report("unbound receiver, two arguments", () -> startsWith.apply(null, "x"));
        report("argument unboxed in the proxy", () -> unbox.apply(null));
        report("lambda body", () -> lambda.apply(null));
        report("lambda body, array", () -> arrayLambda.apply(null));
        String none = null;
        report("bound receiver", () -> {
            Sup<Integer> bound = none::length;
            bound.get();
        });
        System.out.println("non-null still works: " + length.apply("four") + " " + unbox.apply(21) + " "
                + startsWith.apply("kiln", "ki"));
    }
}
