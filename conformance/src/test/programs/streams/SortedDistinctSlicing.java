package streams;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The stateful and short-circuiting operations: sorted (natural, by comparator, reversed, by several keys,
 * stable for equal keys), distinct (keeping the first of equal elements), limit and skip (alone, combined,
 * beyond the end, zero), takeWhile/dropWhile, and unordered(); each sequentially and again in parallel on a
 * larger input, where the results must be the same as the sequential ones.
 */
public class SortedDistinctSlicing {
    record Person(String name, int age) {
    }

    static List<Person> people() {
        return List.of(new Person("Ada", 36), new Person("Bob", 25), new Person("Cy", 36), new Person("Dee", 19),
                new Person("Eve", 25), new Person("Fay", 41), new Person("Gus", 19), new Person("Hal", 36));
    }

    static <T> Stream<T> s(List<T> list, boolean parallel) {
        return parallel ? list.parallelStream() : list.stream();
    }

    static void run(String label, boolean parallel) {
        List<Integer> numbers = IntStream.range(0, 500).map(i -> (i * 7919 + 13) % 97).boxed().collect(Collectors.toList());
        System.out.println(label + " sorted head " + s(numbers, parallel).sorted().limit(12).collect(Collectors.toList()));
        System.out.println(label + " reverse head " + s(numbers, parallel).sorted(Comparator.reverseOrder()).limit(8).collect(Collectors.toList()));
        System.out.println(label + " distinct " + s(numbers, parallel).distinct().count() + " first "
                + s(numbers, parallel).distinct().limit(10).collect(Collectors.toList()));
        System.out.println(label + " distinct sorted " + s(numbers, parallel).distinct().sorted().skip(90).collect(Collectors.toList()));
        System.out.println(label + " skip+limit " + s(numbers, parallel).skip(100).limit(7).collect(Collectors.toList()));
        System.out.println(label + " limit 0 " + s(numbers, parallel).limit(0).collect(Collectors.toList())
                + " skip all " + s(numbers, parallel).skip(1000).count() + " limit big " + s(numbers, parallel).limit(1000).count());
        System.out.println(label + " takeWhile " + s(numbers, parallel).takeWhile(n -> n != 50).count()
                + " dropWhile " + s(numbers, parallel).dropWhile(n -> n != 50).limit(5).collect(Collectors.toList()));
        System.out.println(label + " by age then name " + s(people(), parallel)
                .sorted(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()))
                .map(Person::name).collect(Collectors.joining(" ")));
        System.out.println(label + " stable by age " + s(people(), parallel).sorted(Comparator.comparingInt(Person::age))
                .map(p -> p.name() + p.age()).collect(Collectors.toList()));
        System.out.println(label + " distinct ages " + s(people(), parallel).map(Person::age).distinct().collect(Collectors.toList()));
        System.out.println(label + " unordered sum " + s(numbers, parallel).unordered().mapToInt(Integer::intValue).sum());
        System.out.println(label + " sorted strings " + Stream.of("pear", "Apple", "fig", "apple", "Fig", "banana")
                .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.toList()));
        System.out.println(label + " big sorted checksum " + checksum(s(IntStream.range(0, 20000).map(i -> (i * 48271) % 20011)
                .boxed().collect(Collectors.toList()), parallel).sorted().collect(Collectors.toList())));
    }

    static long checksum(List<Integer> sorted) {
        long h = 0;
        int previous = Integer.MIN_VALUE;
        boolean ordered = true;
        for (int v : sorted) {
            h = h * 31 + v;
            ordered &= previous <= v;
            previous = v;
        }
        return ordered ? h : -1;
    }

    public static void main(String[] args) {
        run("seq", false);
        run("par", true);
        StringBuilder trace = new StringBuilder();
        List<Integer> lazy = Stream.of(5, 3, 8, 1, 9, 2).peek(v -> trace.append("p").append(v))
                .filter(v -> v > 2).peek(v -> trace.append("f").append(v)).limit(3).collect(Collectors.toList());
        System.out.println("lazy " + lazy + " trace " + trace);
        StringBuilder sortedTrace = new StringBuilder();
        Stream.of(5, 3, 8).peek(v -> sortedTrace.append("a").append(v)).sorted().peek(v -> sortedTrace.append("b").append(v))
                .forEach(v -> sortedTrace.append("c").append(v));
        System.out.println("sorted barrier " + sortedTrace);
    }
}
