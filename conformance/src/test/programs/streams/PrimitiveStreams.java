package streams;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * IntStream, LongStream and DoubleStream: range/rangeClosed (empty, reversed, near MAX_VALUE), of, sum,
 * average, min/max, count, summaryStatistics, boxed, mapToObj/mapToLong/mapToDouble/asDoubleStream,
 * iterate/generate with limit, toArray, sorted, distinct, reduce, anyMatch, and the same reductions in
 * parallel; the doubles are exact binary fractions so that every summation order gives the same bits.
 */
public class PrimitiveStreams {
    static IntStream ints(boolean parallel) {
        IntStream s = IntStream.range(-1000, 1000).map(i -> (i * 7919) % 1009);
        return parallel ? s.parallel() : s;
    }

    static LongStream longs(boolean parallel) {
        LongStream s = LongStream.rangeClosed(1, 5000).map(l -> l * 4_000_000_007L % 1_000_003L - 500_000L);
        return parallel ? s.parallel() : s;
    }

    static DoubleStream doubles(boolean parallel) {
        DoubleStream s = IntStream.range(0, 3000).mapToDouble(i -> (i % 64 - 32) / 8.0);
        return parallel ? s.parallel() : s;
    }

    static void run(String label, boolean parallel) {
        System.out.println(label + " int sum " + ints(parallel).sum() + " count " + ints(parallel).count() + " min "
                + ints(parallel).min() + " max " + ints(parallel).max() + " avg " + ints(parallel).average());
        System.out.println(label + " " + ints(parallel).summaryStatistics());
        System.out.println(label + " int sorted " + Arrays.toString(ints(parallel).sorted().limit(8).toArray())
                + " distinct " + ints(parallel).distinct().count() + " reduce " + ints(parallel).reduce(0, (a, b) -> a ^ b));
        System.out.println(label + " int boxed " + ints(parallel).boxed().limit(5).collect(Collectors.toList())
                + " mapToObj " + ints(parallel).limit(4).mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println(label + " long sum " + longs(parallel).sum() + " " + longs(parallel).summaryStatistics());
        System.out.println(label + " long max " + longs(parallel).max() + " min " + longs(parallel).min()
                + " avg " + longs(parallel).average());
        System.out.println(label + " double sum " + doubles(parallel).sum() + " avg " + doubles(parallel).average());
        System.out.println(label + " " + doubles(parallel).summaryStatistics());
        System.out.println(label + " double max " + doubles(parallel).max() + " min " + doubles(parallel).min()
                + " sorted " + Arrays.toString(doubles(parallel).sorted().skip(2990).toArray()));
        System.out.println(label + " mapToLong " + ints(parallel).mapToLong(i -> (long) i * i * i).sum()
                + " asDouble " + ints(parallel).asDoubleStream().map(d -> d / 2).sum()
                + " asLong " + ints(parallel).asLongStream().map(l -> l << 33).sum());
        System.out.println(label + " matches " + ints(parallel).anyMatch(i -> i == 1008) + " " + ints(parallel).allMatch(i -> i > -1009)
                + " " + ints(parallel).noneMatch(i -> i == 0));
        System.out.println(label + " rangeClosed sum " + IntStream.rangeClosed(1, 100_000).map(i -> i % 1000).sum()
                + " long range " + LongStream.range(0, 1_000_000).filter(l -> l % 3 == 0).count());
    }

    public static void main(String[] args) {
        run("seq", false);
        run("par", true);
        System.out.println("empty ranges " + IntStream.range(5, 5).count() + " " + IntStream.range(5, 1).count()
                + " " + IntStream.rangeClosed(5, 5).count() + " " + LongStream.rangeClosed(3, 2).count());
        System.out.println("near max " + IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().collect(Collectors.toList())
                + " " + LongStream.range(Long.MAX_VALUE - 2, Long.MAX_VALUE).count());
        System.out.println("empty stats " + IntStream.empty().summaryStatistics() + " " + DoubleStream.empty().average()
                + " " + LongStream.empty().max());
        System.out.println("of " + IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).sorted().boxed().collect(Collectors.toList())
                + " " + Arrays.toString(DoubleStream.of(2.5, -0.0, 0.0, Double.NaN, -1.5).sorted().toArray()));
        System.out.println("iterate " + Arrays.toString(IntStream.iterate(1, i -> i * 3).limit(10).toArray())
                + " " + Arrays.toString(LongStream.iterate(1, l -> l < 1_000_000_000_000L, l -> l * 10).toArray()));
        int[] counter = {0};
        System.out.println("generate " + Arrays.toString(IntStream.generate(() -> ++counter[0] * counter[0]).limit(6).toArray())
                + " " + Arrays.toString(DoubleStream.generate(() -> 0.5).limit(3).toArray()));
        System.out.println("double specials " + DoubleStream.of(1.0, Double.NaN, 2.0).sum() + " "
                + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum() + " "
                + DoubleStream.of(1e308, 1e308).sum() + " " + DoubleStream.of(-0.0, -0.0).sum() + " "
                + DoubleStream.of(1e16, 1.0, -1e16).sum() + " " + DoubleStream.of(Double.NaN, 1.0).max());
        System.out.println("concat " + Arrays.toString(IntStream.concat(IntStream.of(1, 2), IntStream.range(7, 9)).toArray()));
        System.out.println("takeWhile " + Arrays.toString(IntStream.iterate(0, i -> i + 5).takeWhile(i -> i < 30).toArray()));
        System.out.println("overflow sum " + IntStream.of(Integer.MAX_VALUE, 1).sum() + " " + LongStream.of(Long.MAX_VALUE, 1).sum()
                + " avg " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average());
    }
}
