package streams;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Collectors that reduce to one value: joining (three forms), counting, summing/averaging/summarizing of
 * int, long and double (statistics objects printed whole), minBy/maxBy, reducing (three forms), teeing,
 * collectingAndThen, toCollection, toUnmodifiableList/Set, and a custom Collector.of with and without
 * finisher; the same collections sequentially and in parallel. The doubles are sums of values exact in
 * binary so that any order of addition gives the same bits.
 */
public class CollectorsSummaries {
    static Stream<Integer> ints(boolean parallel) {
        Stream<Integer> s = IntStream.rangeClosed(1, 300).map(i -> (i * 37) % 101 - 50).boxed();
        return parallel ? s.parallel() : s;
    }

    static void run(String label, boolean parallel) {
        System.out.println(label + " joining " + ints(parallel).limit(10).map(String::valueOf).collect(Collectors.joining()));
        System.out.println(label + " joining sep " + ints(parallel).limit(10).map(String::valueOf).collect(Collectors.joining(", ")));
        System.out.println(label + " joining wrap " + ints(parallel).limit(5).map(String::valueOf).collect(Collectors.joining("; ", "{", "}"))
                + " empty " + ints(parallel).limit(0).map(String::valueOf).collect(Collectors.joining("; ", "{", "}")));
        System.out.println(label + " counting " + ints(parallel).collect(Collectors.counting()));
        System.out.println(label + " summingInt " + ints(parallel).collect(Collectors.summingInt(i -> i))
                + " summingLong " + ints(parallel).collect(Collectors.summingLong(i -> (long) i * 1_000_000_007L))
                + " summingDouble " + ints(parallel).collect(Collectors.summingDouble(i -> i / 4.0)));
        System.out.println(label + " averaging " + ints(parallel).collect(Collectors.averagingInt(i -> i)) + " "
                + ints(parallel).collect(Collectors.averagingLong(i -> i * 3L)) + " "
                + ints(parallel).collect(Collectors.averagingDouble(i -> i * 0.5)));
        IntSummaryStatistics is = ints(parallel).collect(Collectors.summarizingInt(i -> i));
        LongSummaryStatistics ls = ints(parallel).collect(Collectors.summarizingLong(i -> i * 1_000_000_000L));
        DoubleSummaryStatistics ds = ints(parallel).collect(Collectors.summarizingDouble(i -> i * 0.25));
        System.out.println(label + " " + is);
        System.out.println(label + " " + ls);
        System.out.println(label + " " + ds);
        System.out.println(label + " empty stats " + ints(parallel).limit(0).collect(Collectors.summarizingInt(i -> i)));
        System.out.println(label + " minBy " + ints(parallel).collect(Collectors.minBy(Integer::compare))
                + " maxBy " + ints(parallel).collect(Collectors.maxBy(Integer::compare)));
        System.out.println(label + " reducing " + ints(parallel).collect(Collectors.reducing(0, Integer::sum)) + " "
                + ints(parallel).collect(Collectors.reducing(Integer::max)) + " "
                + ints(parallel).collect(Collectors.reducing(0, i -> i * i, Integer::sum)));
        System.out.println(label + " teeing " + ints(parallel).collect(Collectors.teeing(Collectors.counting(),
                Collectors.summingInt(i -> i), (n, sum) -> sum + "/" + n)));
        System.out.println(label + " andThen " + ints(parallel).collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        System.out.println(label + " toCollection " + ints(parallel).filter(i -> i > 40).collect(Collectors.toCollection(TreeSet::new)));
        System.out.println(label + " deque " + ints(parallel).limit(6).collect(Collectors.toCollection(ArrayDeque::new)));
        List<Integer> fixed = ints(parallel).limit(4).collect(Collectors.toUnmodifiableList());
        try {
            fixed.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println(label + " unmodifiable " + fixed);
        }
        System.out.println(label + " unmodifiable set size " + ints(parallel).collect(Collectors.toUnmodifiableSet()).size());
        Collector<Integer, int[], Integer> sumOfSquares = Collector.of(() -> new int[1], (a, i) -> a[0] += i * i,
                (a, b) -> {
                    a[0] += b[0];
                    return a;
                }, a -> a[0]);
        System.out.println(label + " custom " + ints(parallel).collect(sumOfSquares));
        Collector<Integer, List<Integer>, List<Integer>> evens = Collector.of(ArrayList::new, (l, i) -> {
            if (i % 2 == 0) {
                l.add(i);
            }
        }, (a, b) -> {
            a.addAll(b);
            return a;
        });
        System.out.println(label + " custom identity " + ints(parallel).limit(20).collect(evens));
        System.out.println(label + " three-arg collect " + ints(parallel).limit(8).collect(StringBuilder::new,
                (sb, i) -> sb.append(i).append(' '), StringBuilder::append));
    }

    public static void main(String[] args) {
        run("seq", false);
        run("par", true);
        System.out.println("stream toList " + Stream.of(1, 2, 3).map(i -> i * 2).toList());
    }
}
