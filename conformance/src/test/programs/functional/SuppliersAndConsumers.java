package functional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Suppliers and consumers: lazy Suppliers (counted calls, memoisation by hand), constructor references as
 * Suppliers, Consumer.andThen order and its behaviour when the first throws, BiConsumer.andThen with
 * Map.forEach, IntConsumer.andThen, ObjIntConsumer, the primitive suppliers, and Optional.orElseGet
 * calling its supplier only when empty.
 */
public class SuppliersAndConsumers {
    static int calls = 0;

    static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] box = new Object[1];
        boolean[] done = new boolean[1];
        return () -> {
            if (!done[0]) {
                box[0] = s.get();
                done[0] = true;
            }
            @SuppressWarnings("unchecked")
            T t = (T) box[0];
            return t;
        };
    }

    public static void main(String[] args) {
        Supplier<String> expensive = () -> "value#" + (++calls);
        System.out.println("plain " + expensive.get() + " " + expensive.get() + " calls " + calls);
        Supplier<String> once = memoize(expensive);
        System.out.println("memoized " + once.get() + " " + once.get() + " calls " + calls);
        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> l1 = listMaker.get();
        List<String> l2 = listMaker.get();
        l1.add("x");
        System.out.println("constructor ref distinct " + (l1 != l2) + " " + l1 + " " + l2);
        List<String> log = new ArrayList<>();
        Consumer<String> first = s -> log.add("first:" + s);
        Consumer<String> second = s -> log.add("second:" + s.toUpperCase());
        first.andThen(second).andThen(first).accept("go");
        System.out.println("andThen " + log);
        log.clear();
        Consumer<String> thrower = s -> {
            log.add("thrower");
            throw new IllegalArgumentException("bad " + s);
        };
        try {
            thrower.andThen(second).accept("x");
        } catch (IllegalArgumentException e) {
            System.out.println("first throws: " + e.getMessage() + " " + log);
        }
        Map<String, Integer> scores = new HashMap<>();
        scores.put("ann", 3);
        scores.put("bob", 5);
        scores.put("cy", 1);
        StringBuilder sb = new StringBuilder();
        BiConsumer<String, Integer> show = (k, v) -> sb.append(k).append('=').append(v).append(' ');
        BiConsumer<String, Integer> stars = (k, v) -> sb.append("*".repeat(v)).append(' ');
        scores.forEach(show.andThen(stars));
        System.out.println("BiConsumer " + sb);
        int[] total = new int[1];
        IntConsumer add = v -> total[0] += v;
        IntConsumer twice = add.andThen(add);
        for (int i = 1; i <= 4; i++) {
            twice.accept(i);
        }
        System.out.println("IntConsumer " + total[0]);
        StringBuilder rep = new StringBuilder();
        ObjIntConsumer<String> repeat = (s, n) -> rep.append(s.repeat(n)).append('|');
        repeat.accept("ab", 3);
        repeat.accept("z", 0);
        System.out.println("ObjIntConsumer " + rep);
        IntSupplier is = () -> 42;
        LongSupplier ls = () -> Long.MAX_VALUE;
        DoubleSupplier ds = () -> 0.25;
        BooleanSupplier bs = () -> calls > 1;
        System.out.println("primitive suppliers " + is.getAsInt() + " " + ls.getAsLong() + " " + ds.getAsDouble() + " " + bs.getAsBoolean());
        int before = calls;
        String present = Optional.of("here").orElseGet(expensive);
        String absent = Optional.<String>empty().orElseGet(expensive);
        System.out.println("orElseGet " + present + " " + absent + " supplier calls " + (calls - before));
    }
}
