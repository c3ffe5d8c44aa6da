package concurrency;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Arrays.parallelSort of primitives (whole arrays and ranges, above the parallel threshold), of Comparable
 * objects and with comparators (stability checked: equal keys keep their order), parallelPrefix of int,
 * long, double and objects (whole and ranges), parallelSetAll and setAll, and their argument checks. The
 * results are the sequential ones whatever the pool's parallelism.
 */
public class ParallelSortAndPrefix {
    record Item(int key, int serial) implements Comparable<Item> {
        public int compareTo(Item o) {
            return Integer.compare(key, o.key);
        }
    }

    static int state = 7;

    /** The next of a sequence: only for sequential code. */
    static int next() {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return state;
    }

    /** A hash of {@code i}: generators of parallelSetAll run in no particular order. */
    static int mix(int i) {
        int h = i * 0x9e3779b9;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        int[] ints = new int[100_000];
        Arrays.parallelSetAll(ints, ParallelSortAndPrefix::mix);
        int[] reference = ints.clone();
        Arrays.sort(reference);
        Arrays.parallelSort(ints);
        System.out.println("int parallelSort equals sort " + Arrays.equals(ints, reference) + " " + ints[0] + " " + ints[50_000] + " " + ints[99_999]);
        long[] longs = new long[40_000];
        Arrays.setAll(longs, i -> ((long) next() << 20) ^ i);
        Arrays.parallelSort(longs, 1000, 39_000);
        boolean longOrdered = true;
        for (int i = 1001; i < 39_000; i++) {
            longOrdered &= longs[i - 1] <= longs[i];
        }
        System.out.println("long range ordered " + longOrdered + " " + longs[1000] + " " + longs[38_999]);
        double[] doubles = new double[20_000];
        Arrays.parallelSetAll(doubles, i -> i % 7 == 0 ? -0.0 : i % 11 == 0 ? Double.NaN : (mix(i) % 1000) / 8.0);
        Arrays.parallelSort(doubles);
        System.out.println("double " + doubles[0] + " " + doubles[10_000] + " " + doubles[19_999] + " " + Arrays.hashCode(doubles));
        char[] chars = "the quick brown fox jumps over the lazy dog".toCharArray();
        Arrays.parallelSort(chars);
        System.out.println("chars '" + new String(chars).trim() + "'");
        short[] shorts = new short[9000];
        byte[] bytes = new byte[9000];
        float[] floats = new float[9000];
        for (int i = 0; i < 9000; i++) {
            shorts[i] = (short) next();
            bytes[i] = (byte) next();
            floats[i] = next() / 1024f;
        }
        Arrays.parallelSort(shorts);
        Arrays.parallelSort(bytes);
        Arrays.parallelSort(floats);
        System.out.println("short/byte/float " + shorts[4500] + " " + bytes[4500] + " " + floats[4500] + " "
                + Arrays.hashCode(shorts) + " " + Arrays.hashCode(bytes) + " " + Arrays.hashCode(floats));

        Item[] items = new Item[30_000];
        for (int i = 0; i < items.length; i++) {
            items[i] = new Item(Math.floorMod(next(), 100), i);
        }
        Item[] natural = items.clone();
        Arrays.parallelSort(natural);
        boolean stable = true;
        for (int i = 1; i < natural.length; i++) {
            stable &= natural[i - 1].key() < natural[i].key()
                    || (natural[i - 1].key() == natural[i].key() && natural[i - 1].serial() < natural[i].serial());
        }
        System.out.println("objects stable " + stable + " first " + natural[0] + " last " + natural[natural.length - 1]);
        Item[] reversed = items.clone();
        Arrays.parallelSort(reversed, Comparator.comparingInt(Item::key).reversed());
        System.out.println("comparator first " + reversed[0] + " last " + reversed[reversed.length - 1]);
        String[] words = {"pear", "fig", "apple", "kiwi", "date", "banana", "cherry", "lime"};
        Arrays.parallelSort(words, 2, 7);
        System.out.println("string range " + Arrays.toString(words));
        Arrays.parallelSort(words, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("by length " + Arrays.toString(words));

        int[] prefix = new int[20];
        Arrays.setAll(prefix, i -> i + 1);
        Arrays.parallelPrefix(prefix, Integer::sum);
        System.out.println("prefix sums " + Arrays.toString(prefix));
        long[] products = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        Arrays.parallelPrefix(products, 2, 10, (a, b) -> a * b);
        System.out.println("prefix product range " + Arrays.toString(products));
        double[] halves = new double[10];
        Arrays.fill(halves, 0.5);
        Arrays.parallelPrefix(halves, Double::sum);
        System.out.println("prefix doubles " + Arrays.toString(halves));
        String[] concat = {"a", "b", "c", "d", "e"};
        Arrays.parallelPrefix(concat, String::concat);
        System.out.println("prefix strings " + Arrays.toString(concat));
        int[] bigPrefix = new int[100_000];
        Arrays.fill(bigPrefix, 3);
        Arrays.parallelPrefix(bigPrefix, Integer::sum);
        System.out.println("big prefix " + bigPrefix[0] + " " + bigPrefix[99_999] + " max " + bigPrefix[54_321]);
        int[] maxPrefix = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        Arrays.parallelPrefix(maxPrefix, Math::max);
        System.out.println("running max " + Arrays.toString(maxPrefix));

        String[] labels = new String[6];
        Arrays.parallelSetAll(labels, i -> "L" + i * i);
        System.out.println("setAll " + Arrays.toString(labels));
        try {
            Arrays.parallelSort(new int[4], 3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Arrays.parallelPrefix(new int[4], 1, 5, Integer::sum);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            Comparable[] mixed = {"x", 1};
            Arrays.parallelSort(mixed);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }
}
