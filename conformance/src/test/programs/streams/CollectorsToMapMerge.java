package streams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collectors.toMap: the duplicate key IllegalStateException message (naming the key and both values),
 * null values' NullPointerException, merge functions (first wins, last wins, sum, concatenation), map
 * suppliers (TreeMap, LinkedHashMap), toUnmodifiableMap and its duplicate message, toConcurrentMap, and
 * groupingBy versus toMap for the same data.
 */
public class CollectorsToMapMerge {
    public static void main(String[] args) {
        List<String> words = List.of("apple", "avocado", "banana", "blueberry", "cherry", "apricot", "blackberry");
        try {
            words.stream().collect(Collectors.toMap(w -> w.charAt(0), Function.identity()));
        } catch (IllegalStateException e) {
            System.out.println("duplicate: " + e.getMessage());
        }
        try {
            Stream.of("x", "y").collect(Collectors.toMap(Function.identity(), w -> (String) null));
        } catch (NullPointerException e) {
            System.out.println("null value NPE");
        }
        Map<Character, String> first = words.stream().collect(Collectors.toMap(w -> w.charAt(0), Function.identity(), (a, b) -> a, TreeMap::new));
        Map<Character, String> last = words.stream().collect(Collectors.toMap(w -> w.charAt(0), Function.identity(), (a, b) -> b, TreeMap::new));
        Map<Character, Integer> lengths = words.stream().collect(Collectors.toMap(w -> w.charAt(0), String::length, Integer::sum, TreeMap::new));
        Map<Character, String> joined = words.stream().collect(Collectors.toMap(w -> w.charAt(0), Function.identity(), (a, b) -> a + "|" + b, LinkedHashMap::new));
        System.out.println("first " + first + "\nlast " + last + "\nlengths " + lengths + "\njoined " + joined);
        Map<String, Integer> plain = Stream.of("one", "two", "three", "four").collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println("hash toMap " + plain + " class " + plain.getClass().getSimpleName());
        Map<Integer, String> unmodifiable = Stream.of("a", "bb", "ccc").collect(Collectors.toUnmodifiableMap(String::length, Function.identity()));
        System.out.println("unmodifiable get " + unmodifiable.get(2) + " size " + unmodifiable.size());
        try {
            unmodifiable.put(4, "dddd");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable put UOE");
        }
        try {
            Stream.of("a", "b").collect(Collectors.toUnmodifiableMap(String::length, Function.identity()));
        } catch (IllegalStateException e) {
            System.out.println("unmodifiable duplicate: " + e.getMessage());
        }
        ConcurrentMap<Integer, Long> conc = words.stream().collect(Collectors.toConcurrentMap(String::length, w -> 1L, Long::sum));
        System.out.println("concurrent " + new TreeMap<>(conc));
        Map<Character, List<String>> grouped = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.toList()));
        System.out.println("grouped " + grouped);
        Map<Boolean, Integer> byParity = Stream.of(1, 2, 3, 4, 5).collect(Collectors.toMap(i -> i % 2 == 0, i -> i, Math::max));
        System.out.println("byParity " + byParity);
    }
}
