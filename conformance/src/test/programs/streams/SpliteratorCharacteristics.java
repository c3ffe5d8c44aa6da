package streams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Spliterator characteristics and sizes of common sources (ArrayList, LinkedList, HashSet, TreeSet,
 * arrays, List.of, IntStream.range, Stream.iterate/generate, and after filter/map/sorted/distinct),
 * trySplit of an array spliterator into halves, getComparator of a sorted source, and a custom
 * spliterator from an iterator.
 */
public class SpliteratorCharacteristics {
    static String flags(Spliterator<?> s) {
        int c = s.characteristics();
        StringBuilder sb = new StringBuilder();
        String[] names = {"ORDERED", "DISTINCT", "SORTED", "SIZED", "NONNULL", "IMMUTABLE", "CONCURRENT", "SUBSIZED"};
        int[] bits = {Spliterator.ORDERED, Spliterator.DISTINCT, Spliterator.SORTED, Spliterator.SIZED, Spliterator.NONNULL,
            Spliterator.IMMUTABLE, Spliterator.CONCURRENT, Spliterator.SUBSIZED};
        for (int i = 0; i < names.length; i++) {
            if ((c & bits[i]) != 0) {
                sb.append(names[i]).append(' ');
            }
        }
        return sb.toString().trim() + " size=" + s.getExactSizeIfKnown();
    }

    public static void main(String[] args) {
        List<Integer> base = List.of(5, 3, 8, 1, 9, 2);
        System.out.println("ArrayList " + flags(new ArrayList<>(base).spliterator()));
        System.out.println("LinkedList " + flags(new LinkedList<>(base).spliterator()));
        System.out.println("HashSet " + flags(new HashSet<>(base).spliterator()));
        System.out.println("TreeSet " + flags(new TreeSet<>(base).spliterator()));
        System.out.println("List.of " + flags(base.spliterator()));
        System.out.println("array " + flags(Arrays.spliterator(new Integer[] {1, 2, 3})));
        System.out.println("range " + flags(IntStream.range(0, 10).spliterator()));
        System.out.println("iterate " + flags(Stream.iterate(1, x -> x + 1).spliterator()));
        System.out.println("generate " + flags(Stream.generate(() -> 1).spliterator()));
        System.out.println("filter " + flags(base.stream().filter(x -> x > 2).spliterator()));
        System.out.println("map " + flags(base.stream().map(x -> x * 2).spliterator()));
        System.out.println("sorted " + flags(base.stream().sorted().spliterator()));
        System.out.println("distinct " + flags(base.stream().distinct().spliterator()));
        System.out.println("TreeSet comparator null " + (new TreeSet<>(base).spliterator().getComparator() == null));
        Spliterator<Integer> whole = Arrays.spliterator(new Integer[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Spliterator<Integer> half = whole.trySplit();
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        half.forEachRemaining(left::add);
        whole.forEachRemaining(right::add);
        System.out.println("trySplit " + left + " " + right);
        Spliterator<Integer> small = Arrays.spliterator(new Integer[] {1});
        System.out.println("split of one " + (small.trySplit() == null));
        Spliterator<String> fromIterator = Spliterators.spliterator(List.of("a", "b", "c").iterator(), 3, Spliterator.ORDERED | Spliterator.NONNULL);
        System.out.println("from iterator " + flags(fromIterator));
        Spliterator<String> unknown = Spliterators.spliteratorUnknownSize(List.of("a").iterator(), 0);
        System.out.println("unknown size " + flags(unknown) + " estimate max " + (unknown.estimateSize() == Long.MAX_VALUE));
        System.out.println("stream from spliterator " + StreamSupport.stream(Spliterators.spliterator(new int[] {4, 5, 6}, 0), false).count());
        System.out.println("empty " + flags(Spliterators.emptySpliterator()));
    }
}
