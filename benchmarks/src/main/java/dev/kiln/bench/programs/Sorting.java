package dev.kiln.bench.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorts 200,000 ints ({@code Arrays.sort}) and 100,000 records by two keys ({@code List.sort} with a comparator). */
public final class Sorting {
    private Sorting() {
    }

    record Item(int group, String name) {}

    static long sort(int n) {
        int[] ints = new int[2 * n];
        long seed = 7;
        for (int i = 0; i < ints.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            ints[i] = (int) (seed >>> 33);
        }
        Arrays.sort(ints);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            items.add(new Item((int) ((seed >>> 40) % 100), "item" + (seed >>> 50)));
        }
        items.sort(Comparator.comparingInt(Item::group).thenComparing(Item::name));
        long checksum = ints[0] + ints[n] + ints[ints.length - 1];
        for (int i = 0; i < items.size(); i += 1000) checksum = checksum * 31 + items.get(i).name().hashCode();
        return checksum;
    }

    public static void main(String[] args) {
        Bench.run("sorting", args, 10, EXPECTED, () -> sort(100_000));
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = -7_288_821_076_766_750_347L;
}
