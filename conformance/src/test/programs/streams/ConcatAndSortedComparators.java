package streams;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Stream.concat of object and primitive streams (ordered result, nested concats, concat with empty),
 * sorted with natural order, reversed comparators, multi-key comparators and nullsFirst, sorted's
 * stability for equal keys, distinct after sorted, and the ClassCastException of sorting incomparable
 * elements.
 */
public class ConcatAndSortedComparators {
    record Person(String name, int age, String city) {
    }

    public static void main(String[] args) {
        Stream<String> a = Stream.of("a1", "a2");
        Stream<String> b = Stream.of("b1");
        Stream<String> c = Stream.empty();
        System.out.println("concat " + Stream.concat(Stream.concat(a, c), b).collect(Collectors.toList()));
        System.out.println("int concat " + IntStream.concat(IntStream.range(0, 3), IntStream.of(9, 8)).boxed().collect(Collectors.toList()));
        System.out.println("many concat " + Stream.of(List.of(1, 2), List.of(), List.of(3)).map(List::stream).reduce(Stream.empty(), Stream::concat)
                .collect(Collectors.toList()));
        List<Person> people = List.of(new Person("ann", 31, "oslo"), new Person("bob", 25, "rome"), new Person("cy", 31, "lima"),
                new Person("dee", 25, "oslo"), new Person("eve", 40, "rome"), new Person("fay", 31, "oslo"));
        System.out.println("by age (stable) " + people.stream().sorted(Comparator.comparingInt(Person::age)).map(Person::name).collect(Collectors.toList()));
        System.out.println("by age desc " + people.stream().sorted(Comparator.comparingInt(Person::age).reversed()).map(Person::name).collect(Collectors.toList()));
        System.out.println("city then age desc then name " + people.stream().sorted(Comparator.comparing(Person::city)
                .thenComparing(Person::age, Comparator.reverseOrder()).thenComparing(Person::name)).map(p -> p.city() + "/" + p.age() + "/" + p.name())
                .collect(Collectors.joining(" ")));
        System.out.println("natural " + Stream.of("pear", "Apple", "fig", "apple").sorted().collect(Collectors.toList()) + " reverse "
                + Stream.of("pear", "Apple", "fig", "apple").sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println("nullsFirst " + Stream.of("b", null, "a", null).sorted(Comparator.nullsFirst(Comparator.naturalOrder())).collect(Collectors.toList()));
        System.out.println("sorted distinct " + Stream.of(5, 1, 5, 3, 1, 3, 2).sorted().distinct().collect(Collectors.toList()) + " distinct sorted "
                + Stream.of(5, 1, 5, 3, 1).distinct().sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println("int sorted " + IntStream.of(9, -1, 4, 0).sorted().boxed().collect(Collectors.toList()) + " max by length "
                + Stream.of("aa", "b", "cccc", "dd").max(Comparator.comparingInt(String::length)).get());
        try {
            Stream.of(new Object(), new Object()).sorted().collect(Collectors.toList());
        } catch (ClassCastException e) {
            System.out.println("sorting non-comparable: ClassCastException");
        }
        System.out.println("case-insensitive " + Stream.of("b", "A", "c", "B", "a").sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining()));
    }
}
