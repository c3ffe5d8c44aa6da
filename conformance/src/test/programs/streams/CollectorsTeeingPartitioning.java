package streams;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collectors.teeing (JDK 12) combining two downstream results (min and max, count and sum, two
 * partitions), partitioningBy with and without downstream collectors (both keys always present, even on
 * empty input), and partitions nested in groupingBy into a TreeMap.
 */
public class CollectorsTeeingPartitioning {
    record Sale(String region, String product, int amount) {
    }

    public static void main(String[] args) {
        List<Integer> nums = List.of(12, 7, 3, 19, 8, 21, 5, 14);
        String range = nums.stream().collect(Collectors.teeing(Collectors.minBy(Integer::compare), Collectors.maxBy(Integer::compare),
                (min, max) -> min.get() + ".." + max.get()));
        System.out.println("range " + range);
        double mean = nums.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (n, s) -> (double) s / n));
        System.out.println("mean " + mean);
        List<List<Integer>> split = nums.stream().collect(Collectors.teeing(Collectors.filtering(x -> x % 2 == 0, Collectors.toList()),
                Collectors.filtering(x -> x % 2 != 0, Collectors.toList()), List::of));
        System.out.println("teeing lists " + split);
        System.out.println("teeing empty " + Stream.<Integer>empty().collect(Collectors.teeing(Collectors.counting(), Collectors.toList(), (c, l) -> c + " " + l)));
        Map<Boolean, List<Integer>> parts = nums.stream().collect(Collectors.partitioningBy(x -> x > 10));
        System.out.println("partition " + parts + " true " + parts.get(true) + " false " + parts.get(false));
        Map<Boolean, Long> counts = nums.stream().collect(Collectors.partitioningBy(x -> x % 3 == 0, Collectors.counting()));
        System.out.println("partition counts " + counts);
        Map<Boolean, List<String>> emptyParts = Stream.<String>empty().collect(Collectors.partitioningBy(String::isEmpty));
        System.out.println("empty partition " + emptyParts + " keys " + emptyParts.keySet() + " size " + emptyParts.size());
        List<Sale> sales = List.of(new Sale("north", "kiln", 120), new Sale("south", "kiln", 80), new Sale("north", "wasm", 45),
                new Sale("east", "gc", 300), new Sale("south", "wasm", 150), new Sale("north", "gc", 10));
        Map<String, Map<Boolean, Integer>> byRegion = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.partitioningBy(s -> s.amount() >= 100, Collectors.summingInt(Sale::amount))));
        System.out.println("by region " + byRegion);
        Map<Boolean, String> names = sales.stream().collect(Collectors.partitioningBy(s -> s.product().equals("kiln"),
                Collectors.mapping(Sale::region, Collectors.joining("+", "<", ">"))));
        System.out.println("names " + names);
        var stats = sales.stream().collect(Collectors.teeing(Collectors.summarizingInt(Sale::amount),
                Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.counting()), (s, g) -> s.getMax() + " " + s.getAverage() + " " + g));
        System.out.println("stats " + stats);
    }
}
