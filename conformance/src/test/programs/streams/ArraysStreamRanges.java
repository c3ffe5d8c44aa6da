package streams;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Arrays.stream over whole arrays and ranges for int, long, double and object arrays (empty ranges and
 * the index exceptions' messages), IntStream.range/rangeClosed with empty and reversed bounds, boxed,
 * asLongStream/asDoubleStream, mapToObj back to arrays, and Stream.toArray with a generator.
 */
public class ArraysStreamRanges {
    public static void main(String[] args) {
        int[] ints = {5, 3, 8, 1, 9, 2, 7};
        long[] longs = {10L, 20L, 30L, 40L};
        double[] doubles = {0.5, 1.5, 2.5};
        String[] strs = {"k", "i", "l", "n"};
        System.out.println("int whole " + Arrays.stream(ints).sum() + " range " + Arrays.toString(Arrays.stream(ints, 2, 5).toArray())
                + " empty " + Arrays.stream(ints, 3, 3).count());
        System.out.println("long range " + Arrays.stream(longs, 1, 3).sum() + " double range " + Arrays.stream(doubles, 1, 3).sum()
                + " object range " + Arrays.stream(strs, 1, 4).collect(Collectors.joining()));
        for (int[] r : new int[][] {{-1, 2}, {2, 8}, {4, 2}}) {
            try {
                Arrays.stream(ints, r[0], r[1]);
                System.out.println("range " + r[0] + "," + r[1] + " ok");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("range " + r[0] + "," + r[1] + " AIOOBE " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("range " + r[0] + "," + r[1] + " IAE " + e.getMessage());
            }
        }
        System.out.println("range " + IntStream.range(0, 5).boxed().collect(Collectors.toList()) + " closed " + IntStream.rangeClosed(-2, 2).boxed().collect(Collectors.toList())
                + " empty " + IntStream.range(5, 5).count() + " reversed " + IntStream.range(5, 0).count() + " closed equal " + IntStream.rangeClosed(3, 3).count());
        System.out.println("extremes " + IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).count() + " "
                + IntStream.range(Integer.MIN_VALUE, Integer.MIN_VALUE + 3).sum());
        System.out.println("asLong " + Arrays.stream(ints).asLongStream().map(x -> x * 1_000_000_000L).sum() + " asDouble "
                + Arrays.stream(ints).asDoubleStream().map(x -> x / 2).sum());
        String[] upper = Arrays.stream(strs).map(String::toUpperCase).toArray(String[]::new);
        Object[] objs = Arrays.stream(strs).toArray();
        System.out.println("toArray " + Arrays.toString(upper) + " " + upper.getClass().getSimpleName() + " " + objs.getClass().getSimpleName());
        Integer[] boxed = Arrays.stream(ints).boxed().sorted((a, b) -> b - a).toArray(Integer[]::new);
        System.out.println("boxed sorted desc " + Arrays.toString(boxed));
        System.out.println("mapToObj " + IntStream.range(0, ints.length).mapToObj(i -> i + ":" + ints[i]).collect(Collectors.joining(" ")));
        System.out.println("indexes of max " + IntStream.range(0, ints.length).filter(i -> ints[i] > 6).boxed().collect(Collectors.toList()));
        try {
            Arrays.stream(strs).toArray(Integer[]::new);
        } catch (ArrayStoreException e) {
            System.out.println("toArray wrong type ArrayStoreException " + e.getMessage());
        }
    }
}
