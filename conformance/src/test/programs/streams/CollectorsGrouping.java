package streams;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collectors that build maps: groupingBy (default map, TreeMap factory, with downstream counting, mapping,
 * summing, averaging, joining, sets, nested groups, filtering, flatMapping), groupingByConcurrent,
 * partitioningBy, toMap with and without merge functions and map factories, and toMap's duplicate-key
 * IllegalStateException. Every map printed is sorted or has small Integer/String keys whose HashMap order
 * is the same on every JVM; each collection runs sequentially and in parallel.
 */
public class CollectorsGrouping {
    record City(String name, String country, int population) {
    }

    static List<City> cities() {
        return List.of(new City("Lyon", "FR", 522), new City("Paris", "FR", 2161), new City("Nice", "FR", 342),
                new City("Bonn", "DE", 330), new City("Berlin", "DE", 3645), new City("Koeln", "DE", 1086),
                new City("Rome", "IT", 2873), new City("Milan", "IT", 1352), new City("Bern", "CH", 134),
                new City("Basel", "CH", 178), new City("Graz", "AT", 291), new City("Linz", "AT", 207));
    }

    static Stream<City> s(boolean parallel) {
        return parallel ? cities().parallelStream() : cities().stream();
    }

    static void run(String label, boolean parallel) {
        Map<String, List<String>> byCountry = s(parallel).collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.mapping(City::name, Collectors.toList())));
        System.out.println(label + " byCountry " + byCountry);
        System.out.println(label + " counting " + new TreeMap<>(s(parallel).collect(Collectors.groupingBy(City::country, Collectors.counting()))));
        System.out.println(label + " summing " + new TreeMap<>(s(parallel).collect(Collectors.groupingBy(City::country,
                Collectors.summingInt(City::population)))));
        System.out.println(label + " averaging " + new TreeMap<>(s(parallel).collect(Collectors.groupingBy(City::country,
                Collectors.averagingInt(City::population)))));
        System.out.println(label + " joining " + s(parallel).collect(Collectors.groupingBy(c -> c.name().length(), TreeMap::new,
                Collectors.mapping(City::name, Collectors.joining("|", "<", ">")))));
        System.out.println(label + " set " + s(parallel).collect(Collectors.groupingBy(c -> c.name().charAt(0), TreeMap::new,
                Collectors.mapping(City::country, Collectors.toCollection(TreeSet::new)))));
        System.out.println(label + " nested " + s(parallel).collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.groupingBy(c -> c.population() > 1000 ? "big" : "small", TreeMap::new, Collectors.counting()))));
        System.out.println(label + " filtering " + s(parallel).collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.filtering(c -> c.population() > 500, Collectors.mapping(City::name, Collectors.toList())))));
        System.out.println(label + " flatMapping " + s(parallel).collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.flatMapping(c -> c.name().chars().limit(2).mapToObj(ch -> (char) ch), Collectors.toCollection(TreeSet::new)))));
        System.out.println(label + " max by country " + s(parallel).collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.collectingAndThen(Collectors.maxBy((a, b) -> Integer.compare(a.population(), b.population())),
                        o -> o.map(City::name).orElse("?")))));
        System.out.println(label + " concurrent " + new TreeMap<>(s(parallel).collect(Collectors.groupingByConcurrent(City::country,
                Collectors.summingInt(City::population)))));
        Map<Boolean, List<String>> parts = s(parallel).collect(Collectors.partitioningBy(c -> c.population() >= 1000,
                Collectors.mapping(City::name, Collectors.toList())));
        System.out.println(label + " partition " + parts + " " + parts.get(true).size());
        System.out.println(label + " partition counting " + s(parallel).collect(Collectors.partitioningBy(c -> c.country().equals("FR"),
                Collectors.counting())));
        System.out.println(label + " toMap " + new TreeMap<>(s(parallel).collect(Collectors.toMap(City::name, City::population))));
        System.out.println(label + " toMap merge " + s(parallel).collect(Collectors.toMap(City::country, City::name,
                (a, b) -> a + "+" + b, TreeMap::new)));
        System.out.println(label + " toMap identity " + s(parallel).map(City::population).collect(Collectors.toMap(p -> p % 10,
                Function.identity(), Math::max, TreeMap::new)));
        System.out.println(label + " small int keys " + s(parallel).collect(Collectors.groupingBy(c -> c.population() % 7,
                Collectors.counting())));
        try {
            s(parallel).collect(Collectors.toMap(City::country, City::name));
            System.out.println(label + " no duplicate?");
        } catch (IllegalStateException e) {
            // In parallel the JVM may report a copy made on the joining thread, whose cause is the original.
            Throwable original = e.getCause() != null ? e.getCause() : e;
            System.out.println(label + " duplicate " + original.getMessage().startsWith("Duplicate key "));
        }
    }

    public static void main(String[] args) {
        run("seq", false);
        run("par", true);
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(x -> x, String::length));
        } catch (IllegalStateException e) {
            System.out.println("sequential duplicate: " + e.getMessage());
        }
        System.out.println("unmodifiable " + Stream.of(3, 1, 2).collect(Collectors.toUnmodifiableMap(i -> i, i -> i * i)).get(3));
    }
}
