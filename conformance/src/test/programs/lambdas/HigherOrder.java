package lambdas;

/** Functions returning functions, currying, recursion through a field, and a little functional list. */
public class HigherOrder {
    interface Fn<A, B> { B apply(A a); }
    interface IntOp { int apply(int x); }
    interface IntBin { int apply(int a, int b); }
    interface Lazy<T> { T get(); }

    static IntOp factorial;

    static Fn<Integer, Fn<Integer, Integer>> curriedAdd() {
        return a -> b -> a + b;
    }

    static <A, B, C> Fn<A, C> compose(Fn<A, B> f, Fn<B, C> g) {
        return a -> g.apply(f.apply(a));
    }

    static IntOp fold(IntBin op) {
        return n -> {
            int acc = 0;
            for (int k = 1; k <= n; k++) acc = op.apply(acc, k);
            return acc;
        };
    }

    /** A cons list built from lambdas only. */
    interface Cell { int head(); Cell tail(); }

    static Cell cons(int head, Cell tail) {
        return new Cell() {
            public int head() { return head; }
            public Cell tail() { return tail; }
        };
    }

    static Cell map(Cell list, IntOp f) {
        return list == null ? null : cons(f.apply(list.head()), map(list.tail(), f));
    }

    static String show(Cell list) {
        StringBuilder sb = new StringBuilder("[");
        for (Cell c = list; c != null; c = c.tail()) {
            if (c != list) sb.append(", ");
            sb.append(c.head());
        }
        return sb.append("]").toString();
    }

    static <T> Lazy<T> memo(Lazy<T> source, int[] calls) {
        Object[] cache = new Object[1];
        return () -> {
            if (cache[0] == null) {
                calls[0]++;
                cache[0] = source.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) cache[0];
            return t;
        };
    }

    public static void main(String[] args) {
        factorial = n -> n <= 1 ? 1 : n * factorial.apply(n - 1);
        for (int n = 0; n <= 12; n++) System.out.println(n + "! = " + factorial.apply(n));

        Fn<Integer, Fn<Integer, Integer>> add = curriedAdd();
        Fn<Integer, Integer> add5 = add.apply(5);
        System.out.println("curried " + add5.apply(10) + " " + add.apply(-3).apply(3));

        Fn<String, Integer> length = String::length;
        Fn<Integer, String> stars = n -> "*".repeat(n);
        Fn<String, String> starsOfLength = compose(length, stars);
        System.out.println("stars " + starsOfLength.apply("hello") + " " + starsOfLength.apply(""));
        System.out.println("compose3 " + compose(compose(length, stars), length).apply("abcdefg"));

        System.out.println("sum " + fold((a, b) -> a + b).apply(100));
        System.out.println("sumsq " + fold((a, b) -> a + b * b).apply(10));
        System.out.println("xor " + fold((a, b) -> a ^ b).apply(1000));

        Cell list = null;
        for (int k = 5; k >= 1; k--) list = cons(k, list);
        System.out.println(show(list));
        System.out.println(show(map(list, x -> x * x)));
        System.out.println(show(map(map(list, x -> x + 1), factorial)));

        int[] calls = {0};
        Lazy<String> lazy = memo(() -> "computed " + factorial.apply(6), calls);
        System.out.println(lazy.get() + " / " + lazy.get() + " / calls " + calls[0]);
    }
}
