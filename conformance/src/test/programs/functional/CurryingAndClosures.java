package functional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Functional idioms: currying and uncurrying of BiFunctions, partial application, closures over
 * effectively final locals and over mutable holders, counters made from closures, a tiny memoizing
 * Fibonacci with a Function holding itself, function tables, and lazily evaluated chains.
 */
public class CurryingAndClosures {
    static <A, B, R> Function<A, Function<B, R>> curry(BiFunction<A, B, R> f) {
        return a -> b -> f.apply(a, b);
    }

    static <A, B, R> BiFunction<A, B, R> uncurry(Function<A, Function<B, R>> f) {
        return (a, b) -> f.apply(a).apply(b);
    }

    static <A, B, R> Function<B, R> partial(BiFunction<A, B, R> f, A a) {
        return b -> f.apply(a, b);
    }

    static IntSupplier counter(int start, int step) {
        int[] state = {start};
        return () -> {
            int v = state[0];
            state[0] += step;
            return v;
        };
    }

    public static void main(String[] args) {
        BiFunction<Integer, Integer, Integer> power = (base, exp) -> (int) Math.pow(base, exp);
        Function<Integer, Function<Integer, Integer>> curried = curry(power);
        Function<Integer, Integer> powersOf2 = curried.apply(2);
        System.out.println("curried " + powersOf2.apply(10) + " " + curried.apply(3).apply(4) + " uncurried " + uncurry(curried).apply(5, 3));
        Function<String, String> greet = partial((String greeting, String name) -> greeting + ", " + name + "!", "Hello");
        System.out.println("partial " + greet.apply("Kiln") + " " + greet.apply("Wasm"));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> add3 = x -> y -> z -> x + y + z;
        System.out.println("three levels " + add3.apply(1).apply(20).apply(300));
        IntSupplier c1 = counter(0, 1);
        IntSupplier c2 = counter(100, -10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(c1.getAsInt()).append('/').append(c2.getAsInt()).append(' ');
        }
        System.out.println("counters " + sb);
        List<Supplier<Integer>> suppliers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int captured = i * i;
            suppliers.add(() -> captured);
        }
        StringBuilder caps = new StringBuilder();
        for (Supplier<Integer> s : suppliers) {
            caps.append(s.get()).append(' ');
        }
        System.out.println("captured " + caps);
        java.util.Map<Integer, Long> memo = new java.util.HashMap<>();
        Function<Integer, Long>[] fib = new Function[1];
        fib[0] = n -> {
            if (n < 2) {
                return (long) n;
            }
            Long known = memo.get(n);
            if (known != null) {
                return known;
            }
            long v = fib[0].apply(n - 1) + fib[0].apply(n - 2);
            memo.put(n, v);
            return v;
        };
        System.out.println("fib 90 " + fib[0].apply(90) + " memo size " + memo.size());
        java.util.Map<String, BiFunction<Double, Double, Double>> ops = new java.util.LinkedHashMap<>();
        ops.put("+", Double::sum);
        ops.put("-", (x, y) -> x - y);
        ops.put("*", (x, y) -> x * y);
        ops.put("/", (x, y) -> x / y);
        ops.put("max", Math::max);
        StringBuilder table = new StringBuilder();
        ops.forEach((name, op) -> table.append(name).append('=').append(op.apply(7.0, 2.0)).append(' '));
        System.out.println("table " + table);
        List<String> evaluated = new ArrayList<>();
        Supplier<String> lazy = () -> {
            evaluated.add("ran");
            return "lazy";
        };
        Function<Supplier<String>, Supplier<Integer>> lazyLength = s -> () -> s.get().length();
        Supplier<Integer> chain = lazyLength.apply(lazy);
        System.out.println("before get " + evaluated + " value " + chain.get() + " after " + evaluated);
    }
}
