package streams;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Infinite sources bounded by limit: Stream.iterate with a seed and with a hasNext predicate (JDK 9),
 * Stream.generate with a stateful supplier (counted calls: limit pulls no more than needed), IntStream/
 * LongStream.iterate, skip+limit windows, limit(0), and Collatz sequences through iterate.
 */
public class IterateGenerateLimit {
    public static void main(String[] args) {
        System.out.println("powers " + Stream.iterate(1, x -> x * 2).limit(12).collect(Collectors.toList()));
        System.out.println("bounded " + Stream.iterate(1, x -> x < 1000, x -> x * 3).collect(Collectors.toList()));
        System.out.println("bounded empty " + Stream.iterate(10, x -> x < 5, x -> x + 1).count());
        AtomicInteger calls = new AtomicInteger();
        List<Integer> generated = Stream.generate(calls::incrementAndGet).limit(5).collect(Collectors.toList());
        System.out.println("generate " + generated + " calls " + calls.get());
        calls.set(0);
        System.out.println("generate filter first " + Stream.generate(calls::incrementAndGet).filter(x -> x % 7 == 0).findFirst().orElse(-1)
                + " calls " + calls.get());
        System.out.println("skip+limit " + Stream.iterate(0, x -> x + 1).skip(10).limit(5).collect(Collectors.toList())
                + " limit 0 " + Stream.iterate(0, x -> x + 1).limit(0).count());
        System.out.println("int iterate " + IntStream.iterate(100, x -> x - 7).limit(6).boxed().collect(Collectors.toList())
                + " bounded " + IntStream.iterate(1, x -> x <= 100, x -> x * 2).sum());
        System.out.println("long iterate " + LongStream.iterate(1, x -> x * 10).limit(19).max().getAsLong());
        for (int start : new int[] {6, 27, 1}) {
            List<Integer> collatz = Stream.iterate(start, x -> x != 1, x -> x % 2 == 0 ? x / 2 : 3 * x + 1).collect(Collectors.toList());
            System.out.println("collatz " + start + " steps " + collatz.size() + " peak " + collatz.stream().mapToInt(Integer::intValue).max().orElse(1));
        }
        System.out.println("fib pairs " + Stream.iterate(new long[] {0, 1}, p -> new long[] {p[1], p[0] + p[1]}).limit(20).map(p -> p[0])
                .map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("generate strings " + Stream.generate(() -> "ab").limit(3).collect(Collectors.joining("-")));
        System.out.println("limit on sized " + List.of(1, 2, 3).stream().limit(10).count() + " skip past end " + List.of(1, 2, 3).stream().skip(5).count());
        try {
            Stream.iterate(1, x -> x + 1).limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("limit -1: " + e.getMessage());
        }
        try {
            Stream.of(1).skip(-2);
        } catch (IllegalArgumentException e) {
            System.out.println("skip -2: " + e.getMessage());
        }
    }
}
