package streams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Downstream collectors inside groupingBy: mapping, filtering (JDK 9, which keeps empty groups),
 * flatMapping (JDK 9), reducing (three forms), collectingAndThen, joining with prefix/suffix,
 * toCollection with TreeSet, averaging/summing, minBy, and toList/toSet/toUnmodifiableList.
 */
public class CollectorsDownstream {
    record Book(String author, String title, int year, List<String> tags) {
    }

    public static void main(String[] args) {
        List<Book> books = List.of(
                new Book("le guin", "earthsea", 1968, List.of("fantasy", "classic")),
                new Book("le guin", "dispossessed", 1974, List.of("sf", "classic")),
                new Book("banks", "excession", 1996, List.of("sf", "culture")),
                new Book("banks", "inversions", 1998, List.of("sf", "culture", "fantasy")),
                new Book("jemisin", "fifth season", 2015, List.of("fantasy")),
                new Book("chiang", "stories", 2002, List.of()));
        Map<String, List<String>> titles = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new, Collectors.mapping(Book::title, Collectors.toList())));
        System.out.println("mapping " + titles);
        Map<String, List<String>> recent = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new,
                Collectors.filtering(b -> b.year() > 1990, Collectors.mapping(Book::title, Collectors.toList()))));
        System.out.println("filtering keeps empty groups " + recent);
        Map<String, Set<String>> tags = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new,
                Collectors.flatMapping(b -> b.tags().stream(), Collectors.toCollection(TreeSet::new))));
        System.out.println("flatMapping " + tags);
        Map<String, Integer> earliest = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new, Collectors.reducing(9999, Book::year, Math::min)));
        Map<String, Optional<Book>> longest = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new,
                Collectors.reducing((a, b) -> a.title().length() >= b.title().length() ? a : b)));
        System.out.println("reducing " + earliest);
        longest.forEach((k, v) -> System.out.println("  longest " + k + " " + v.map(Book::title).orElse("?")));
        System.out.println("reducing identity " + books.stream().map(Book::year).collect(Collectors.reducing(0, (a, b) -> a + b)));
        Map<String, String> joined = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(Book::title, Collectors.joining(", ", "[", "]")), String::toUpperCase)));
        System.out.println("collectingAndThen " + joined);
        Map<String, Double> avgYear = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new, Collectors.averagingInt(Book::year)));
        Map<String, Long> tagCount = books.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new, Collectors.summingLong(b -> b.tags().size())));
        System.out.println("averaging " + avgYear + " summing " + tagCount);
        Map<String, Long> byTag = books.stream().flatMap(b -> b.tags().stream()).collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        System.out.println("tag counts " + byTag);
        Map<Integer, Optional<String>> firstByDecade = books.stream().collect(Collectors.groupingBy(b -> b.year() / 10 * 10, TreeMap::new,
                Collectors.mapping(Book::title, Collectors.minBy(String::compareTo))));
        System.out.println("minBy per decade " + firstByDecade);
        List<String> unmodifiable = Stream.of("b", "a").collect(Collectors.toUnmodifiableList());
        try {
            unmodifiable.add("c");
        } catch (UnsupportedOperationException e) {
            System.out.println("toUnmodifiableList " + unmodifiable + " is unmodifiable");
        }
        System.out.println("toSet sorted " + new TreeSet<>(Stream.of(3, 1, 3, 2).collect(Collectors.toSet())) + " joining empty ["
                + Stream.<String>empty().collect(Collectors.joining(",", "<", ">")) + "]");
    }
}
