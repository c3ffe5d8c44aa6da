package collections;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Map's default and overridden bulk methods (getOrDefault, putIfAbsent, remove/replace with values, compute,
 * computeIfAbsent/Present, merge, replaceAll, forEach) on HashMap, LinkedHashMap and TreeMap, including the
 * rules for null values and functions returning null.
 */
public class MapDefaultMethods {
    static void exercise(String name, Supplier<Map<String, Integer>> factory) {
        Map<String, Integer> m = factory.get();
        m.put("a", 1);
        m.put("b", 2);
        m.put("n", null);
        StringBuilder out = new StringBuilder(name).append(':');
        out.append(' ').append(m.getOrDefault("a", -1)).append(m.getOrDefault("zz", -1)).append(m.getOrDefault("n", -1));
        out.append(' ').append(m.putIfAbsent("a", 9)).append(m.putIfAbsent("n", 7)).append(m.get("n"));
        out.append(' ').append(m.remove("a", 2)).append(m.remove("a", 1)).append(m.containsKey("a"));
        out.append(' ').append(m.replace("b", 2, 20)).append(m.replace("b", 2, 30)).append(m.replace("q", 5)).append(m.get("b"));
        out.append(' ').append(m.computeIfAbsent("c", k -> 3)).append(m.computeIfAbsent("c", k -> 4)).append(m.computeIfAbsent("d", k -> null)).append(m.containsKey("d"));
        out.append(' ').append(m.computeIfPresent("c", (k, v) -> v * 10)).append(m.computeIfPresent("c", (k, v) -> null)).append(m.containsKey("c"));
        out.append(' ').append(m.compute("e", (k, v) -> v == null ? 1 : v + 1)).append(m.compute("e", (k, v) -> v == null ? 1 : v + 1));
        out.append(' ').append(m.merge("e", 5, Integer::sum)).append(m.merge("f", 5, Integer::sum)).append(m.merge("f", 5, (x, y) -> null)).append(m.containsKey("f"));
        m.replaceAll((k, v) -> v == null ? 0 : v * 2);
        StringBuilder each = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> each.append(k).append('=').append(v).append(' '));
        out.append(" | ").append(each.toString().trim());
        try {
            m.merge("g", null, Integer::sum);
        } catch (NullPointerException e) {
            out.append(" | merge null value: NPE");
        }
        System.out.println(out);
    }

    public static void main(String[] args) {
        exercise("HashMap", HashMap::new);
        exercise("LinkedHashMap", LinkedHashMap::new);
        exercise("TreeMap", TreeMap::new);
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String s : "delta alpha charlie bravo".split(" ")) order.merge(s, s.length(), Integer::sum);
        order.compute("alpha", (k, v) -> v + 100);
        System.out.println(order);
        Map<Integer, String> counting = new HashMap<>();
        try {
            counting.computeIfAbsent(1, k -> {
                counting.put(2, "inner");
                return "outer";
            });
            System.out.println("no CME: " + counting);
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("ConcurrentModificationException from a mapping function that modifies the map");
        }
    }
}
