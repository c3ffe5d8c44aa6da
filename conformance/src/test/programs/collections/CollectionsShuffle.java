package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

/**
 * Collections.shuffle with seeded Randoms: RandomAccess lists (swapped in place) and sequential lists (copied
 * to an array and back) give the same permutation for the same seed, sizes 0 to 10, repeated shuffles, a
 * subList, and a fixed-size Arrays.asList view writing through to its array.
 */
public class CollectionsShuffle {
    public static void main(String[] args) {
        for (int n = 0; n <= 10; n++) {
            List<Integer> array = new ArrayList<>();
            for (int i = 0; i < n; i++) array.add(i);
            List<Integer> linked = new LinkedList<>(array);
            Collections.shuffle(array, new Random(n * 31L));
            Collections.shuffle(linked, new Random(n * 31L));
            System.out.println(n + ": " + array + " same for LinkedList " + array.equals(linked));
        }
        List<String> letters = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        Random r = new Random(2024);
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(letters, r);
            System.out.println("round " + round + " " + letters);
        }
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 20; i++) big.add(i);
        Collections.shuffle(big.subList(5, 15), new Random(7));
        System.out.println("subList " + big);
        Integer[] backing = {1, 2, 3, 4, 5, 6};
        Collections.shuffle(Arrays.asList(backing), new Random(-1));
        System.out.println("asList writes through " + Arrays.toString(backing));
        Collections.swap(letters, 0, 7);
        Collections.shuffle(letters, new Random(0));
        System.out.println("seed 0 " + letters);
    }
}
