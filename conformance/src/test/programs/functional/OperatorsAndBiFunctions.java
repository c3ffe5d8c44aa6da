package functional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * UnaryOperator and BinaryOperator: minBy/maxBy with ties (which argument wins), operators as reducers
 * of streams and in Map.merge/replaceAll, BiFunction with andThen, List.replaceAll with a UnaryOperator,
 * ToIntBiFunction, and generic helpers that take operators.
 */
public class OperatorsAndBiFunctions {
    record Item(String name, int weight) {
    }

    static <T> T applyN(UnaryOperator<T> op, T start, int n) {
        T v = start;
        for (int i = 0; i < n; i++) {
            v = op.apply(v);
        }
        return v;
    }

    public static void main(String[] args) {
        BinaryOperator<Item> lighter = BinaryOperator.minBy(Comparator.comparingInt(Item::weight));
        BinaryOperator<Item> heavier = BinaryOperator.maxBy(Comparator.comparingInt(Item::weight));
        Item a = new Item("a", 5);
        Item b = new Item("b", 5);
        Item c = new Item("c", 9);
        System.out.println("minBy tie " + lighter.apply(a, b).name() + " maxBy tie " + heavier.apply(a, b).name() + " min " + lighter.apply(c, a).name()
                + " max " + heavier.apply(a, c).name());
        List<Item> items = List.of(new Item("x", 3), c, new Item("y", 9), new Item("z", 1), b);
        System.out.println("reduce minBy " + items.stream().reduce(lighter).map(Item::name).orElse("-") + " maxBy " + items.stream().reduce(heavier).map(Item::name).orElse("-"));
        System.out.println("collect maxBy " + items.stream().collect(Collectors.maxBy(Comparator.comparingInt(Item::weight))).map(Item::name).orElse("-")
                + " reducing " + items.stream().map(Item::weight).collect(Collectors.reducing(0, Integer::sum)));
        BinaryOperator<String> concat = String::concat;
        System.out.println("reduce concat " + Stream.of("k", "i", "l", "n").reduce("", concat) + " empty " + Stream.<String>empty().reduce(concat));
        UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
        List<String> words = new java.util.ArrayList<>(List.of("hi", "yo"));
        words.replaceAll(shout);
        System.out.println("replaceAll " + words + " applyN " + applyN(s -> s + s, "ab", 3) + " " + applyN(x -> x * 3, 1, 5));
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String w : "a b a c b a".split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        counts.replaceAll((k, v) -> v * 10);
        System.out.println("merge/replaceAll " + counts);
        BiFunction<String, Integer, String> pad = (s, n) -> " ".repeat(Math.max(0, n - s.length())) + s;
        Function<String, String> bracket = s -> "[" + s + "]";
        System.out.println("bi andThen " + pad.andThen(bracket).apply("42", 6));
        ToIntBiFunction<String, String> commonPrefix = (x, y) -> {
            int i = 0;
            while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
                i++;
            }
            return i;
        };
        System.out.println("ToIntBiFunction " + commonPrefix.applyAsInt("kilnwasm", "kilogram"));
        Optional<Item> none = Stream.<Item>empty().reduce(lighter);
        System.out.println("empty reduce " + none.isPresent());
        try {
            BinaryOperator.minBy(null);
        } catch (NullPointerException e) {
            System.out.println("minBy(null) NPE");
        }
    }
}
