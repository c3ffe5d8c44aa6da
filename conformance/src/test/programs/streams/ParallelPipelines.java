package streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Larger pipelines run sequentially and with .parallel(): every ordered result must be the same (printed
 * once, with whether the two agree), and order-independent side effects (forEach into atomics, a
 * ConcurrentHashMap, a LongAdder) must add up to the same totals. Also parallel streams inside
 * ForkJoinPool.submit of a custom pool, findAny/unordered limits (only what the JVM guarantees is printed),
 * and nested parallel streams.
 */
public class ParallelPipelines {
    static final List<Integer> DATA = IntStream.range(0, 20_000).map(i -> (int) ((i * 2654435761L) % 100_003)).boxed()
            .collect(Collectors.toList());

    static void both(String label, Function<Stream<Integer>, Object> pipeline) {
        Object sequential = pipeline.apply(DATA.stream());
        Object parallel = pipeline.apply(DATA.parallelStream());
        String text = String.valueOf(sequential);
        if (text.length() > 120) {
            text = text.substring(0, 120) + "... (" + text.length() + " chars, hash " + text.hashCode() + ")";
        }
        System.out.println(label + (sequential.equals(parallel) ? " same " : " DIFFERENT ") + text);
    }

    public static void main(String[] args) throws Exception {
        both("map filter collect", s -> s.map(i -> i * 3).filter(i -> i % 7 == 1).collect(Collectors.toList()));
        both("sorted distinct", s -> s.sorted().distinct().skip(100).limit(50).collect(Collectors.toList()));
        both("reduce", s -> s.reduce(0, (a, b) -> a + b % 1000, Integer::sum));
        both("long sum", s -> s.mapToLong(i -> (long) i * i).sum());
        both("grouping", s -> s.collect(Collectors.groupingBy(i -> i % 10, TreeMap::new, Collectors.counting())));
        both("partition sums", s -> s.collect(Collectors.partitioningBy(i -> i % 2 == 0, Collectors.summingLong(i -> i))));
        both("joining", s -> s.limit(300).map(Integer::toHexString).collect(Collectors.joining(",")));
        both("flatMap", s -> s.limit(2000).flatMap(i -> Stream.of(i, -i)).filter(i -> i % 3 == 0).count());
        both("takeWhile", s -> s.takeWhile(i -> i != DATA.get(5000)).count());
        both("dropWhile", s -> s.dropWhile(i -> i != DATA.get(19990)).collect(Collectors.toList()));
        both("findFirst", s -> s.filter(i -> i > 99_990).findFirst());
        both("anyMatch", s -> s.anyMatch(i -> i == DATA.get(12345)));
        both("toArray", s -> s.filter(i -> i < 50).map(i -> i * 2).toList());
        both("min max", s -> s.min(Integer::compare).get() + "/" + DATA.stream().max(Integer::compare).get());
        both("statistics", s -> s.mapToInt(Integer::intValue).summaryStatistics().toString());
        both("toMap", s -> s.limit(1000).collect(Collectors.toMap(i -> i, i -> i % 13, (a, b) -> a, TreeMap::new)).hashCode());
        both("forEachOrdered", s -> {
            StringBuilder sb = new StringBuilder();
            s.limit(40).forEachOrdered(i -> sb.append(i % 10));
            return sb.toString();
        });

        AtomicLong atomic = new AtomicLong();
        LongAdder adder = new LongAdder();
        ConcurrentHashMap<Integer, Integer> counts = new ConcurrentHashMap<>();
        DATA.parallelStream().forEach(i -> {
            atomic.addAndGet(i);
            adder.add(i % 17);
            counts.merge(i % 5, 1, Integer::sum);
        });
        long expected = DATA.stream().mapToLong(Integer::longValue).sum();
        System.out.println("forEach atomic " + (atomic.get() == expected) + " " + atomic.get() + " adder " + adder.sum()
                + " counts " + new TreeMap<>(counts));
        List<Integer> synced = java.util.Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, 1000).parallel().forEach(synced::add);
        System.out.println("synchronized list size " + synced.size() + " sum " + synced.stream().mapToInt(i -> i).sum());

        System.out.println("findAny present " + DATA.parallelStream().filter(i -> i % 2 == 0).findAny().isPresent()
                + " unordered limit count " + DATA.parallelStream().unordered().limit(100).count()
                + " unordered distinct " + DATA.parallelStream().unordered().distinct().count());

        ForkJoinPool pool = new ForkJoinPool(3);
        long inPool = pool.submit(() -> LongStream.rangeClosed(1, 100_000).parallel().filter(l -> l % 7 == 0).sum()).get();
        List<String> inPoolList = pool.submit(() -> Stream.of("c", "a", "b").parallel().sorted().collect(Collectors.toList())).get();
        System.out.println("in custom pool " + inPool + " " + inPoolList);
        pool.shutdown();

        Map<Integer, Long> nested = IntStream.range(0, 20).parallel().boxed().collect(Collectors.toMap(i -> i,
                i -> IntStream.range(0, i * 100).parallel().filter(j -> j % 3 == 0).count(), (a, b) -> a, TreeMap::new));
        System.out.println("nested " + nested);
    }
}
