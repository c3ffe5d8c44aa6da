package collections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;

/**
 * Iterator, ListIterator and Spliterator basics: forEachRemaining after partial iteration, ListIterator on
 * ArrayList (add/set/remove state machine, previous/next interleaving, IllegalStateException), a custom
 * Iterable in for-each with a default remove, spliterators of ArrayList/arrays/TreeSet/ArrayDeque/LinkedList
 * (characteristics, estimateSize, exact sizes, trySplit halves and what each half holds, tryAdvance,
 * forEachRemaining), Spliterators.iterator round trips and primitive spliterators.
 */
public class IteratorsSpliterators {
    /** Counts from 0 to n-1; remove is the interface's default. */
    static final class Range implements Iterable<Integer> {
        final int n;
        Range(int n) { this.n = n; }
        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next;
                @Override public boolean hasNext() { return next < n; }
                @Override public Integer next() {
                    if (next >= n) throw new NoSuchElementException("range exhausted at " + next);
                    return next++;
                }
            };
        }
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f"));
        Iterator<String> it = list.iterator();
        it.next();
        it.next();
        StringBuilder sb = new StringBuilder();
        it.forEachRemaining(sb::append);
        System.out.println("forEachRemaining after 2: " + sb + " hasNext " + it.hasNext());
        it.remove();
        System.out.println("remove after forEachRemaining " + list);

        ListIterator<String> li = list.listIterator();
        sb.setLength(0);
        sb.append(li.next()).append(li.next()).append(li.previous()).append(li.previous());
        System.out.println("next next previous previous " + sb + " nextIndex " + li.nextIndex() + " previousIndex " + li.previousIndex());
        li.next();
        li.set("A");
        li.add("a2");
        li.add("a3");
        System.out.println("set then add twice " + list + " nextIndex " + li.nextIndex());
        try {
            li.set("bad");
        } catch (IllegalStateException e) {
            System.out.println("set after add " + e.getClass().getName());
        }
        try {
            li.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove after add " + e.getClass().getName());
        }
        li.previous();
        li.remove();
        System.out.println("previous remove " + list + " nextIndex " + li.nextIndex());
        ListIterator<String> end = list.listIterator(list.size());
        sb.setLength(0);
        while (end.hasPrevious()) sb.append(end.previous());
        System.out.println("backwards " + sb);
        try {
            end.previous();
        } catch (NoSuchElementException e) {
            System.out.println("previous at start " + e.getClass().getName());
        }
        try {
            list.listIterator(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("listIterator(99): " + e.getMessage());
        }

        int sum = 0;
        for (int v : new Range(5)) sum += v;
        Iterator<Integer> ri = new Range(2).iterator();
        ri.next();
        ri.next();
        try {
            ri.next();
        } catch (NoSuchElementException e) {
            System.out.println("own iterator sum " + sum + " then " + e.getMessage());
        }
        try {
            ri.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Spliterator<Integer> own = new Range(4).spliterator();
        System.out.println("default spliterator size " + own.estimateSize() + " sized " + own.hasCharacteristics(Spliterator.SIZED)
                + " exact " + own.getExactSizeIfKnown());

        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 10; i++) nums.add(i * i);
        Spliterator<Integer> s = nums.spliterator();
        describe("ArrayList", s);
        Spliterator<Integer> prefix = s.trySplit();
        System.out.println("split: prefix " + drain(prefix) + " rest " + drain(s));
        Spliterator<Integer> s2 = nums.spliterator();
        StringBuilder adv = new StringBuilder();
        while (s2.tryAdvance(v -> adv.append(v).append(','))) {
            if (adv.length() > 8) break;
        }
        System.out.println("tryAdvance " + adv + " remaining estimate " + s2.estimateSize());
        Spliterator<String> arr = Arrays.spliterator(new String[] {"p", "q", "r", "s", "t"}, 1, 4);
        describe("array range", arr);
        System.out.println("array range " + drain(arr));
        TreeSet<String> tree = new TreeSet<>(List.of("kiwi", "apple", "fig", "date", "pear", "lime", "plum", "yuzu"));
        Spliterator<String> ts = tree.spliterator();
        describe("TreeSet", ts);
        System.out.println("TreeSet comparator null " + (ts.getComparator() == null));
        Spliterator<String> tsPrefix = ts.trySplit();
        System.out.println("TreeSet split " + drain(tsPrefix) + " | " + drain(ts));
        ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(5, 6, 7, 8, 9, 10, 11));
        Spliterator<Integer> ds = dq.spliterator();
        describe("ArrayDeque", ds);
        Spliterator<Integer> dsPrefix = ds.trySplit();
        System.out.println("ArrayDeque split " + drain(dsPrefix) + " | " + drain(ds));
        LinkedList<Integer> ll = new LinkedList<>(List.of(1, 2, 3));
        Spliterator<Integer> ls = ll.spliterator();
        describe("LinkedList", ls);
        System.out.println("LinkedList " + drain(ls));
        HashSet<Integer> hs = new HashSet<>(List.of(40, 3, 17, 1, 64));
        Spliterator<Integer> hss = hs.spliterator();
        describe("HashSet", hss);
        System.out.println("HashSet " + drain(hss));

        PrimitiveIterator.OfInt pi = Spliterators.iterator(Arrays.spliterator(new int[] {3, 1, 4, 1, 5}));
        sb.setLength(0);
        while (pi.hasNext()) sb.append(pi.nextInt());
        Spliterator.OfInt ints = Arrays.spliterator(new int[] {2, 7, 1, 8, 2, 8}, 1, 6);
        Spliterator.OfInt intPrefix = ints.trySplit();
        StringBuilder ib = new StringBuilder();
        intPrefix.forEachRemaining((int v) -> ib.append(v));
        ib.append('|');
        ints.forEachRemaining((int v) -> ib.append(v));
        System.out.println("int iterator " + sb + " int split " + ib);
        Spliterator.OfLong longs = Spliterators.spliterator(new long[] {10, 20, 30}, Spliterator.ORDERED);
        long[] total = new long[1];
        longs.tryAdvance((long v) -> total[0] += v);
        longs.forEachRemaining((long v) -> total[0] += v * 100);
        Spliterator.OfDouble doubles = Arrays.spliterator(new double[] {0.5, 0.25});
        double[] dsum = new double[1];
        doubles.forEachRemaining((double v) -> dsum[0] += v);
        System.out.println("long total " + total[0] + " double sum " + dsum[0] + " characteristics "
                + Integer.toHexString(Spliterators.spliterator(new long[0], Spliterator.ORDERED).characteristics()));
        Iterator<String> fromSpliterator = Spliterators.iterator(List.of("x", "y").spliterator());
        System.out.println("Spliterators.iterator " + fromSpliterator.next() + fromSpliterator.next() + " " + fromSpliterator.hasNext());
        Spliterator<String> unknown = Spliterators.spliteratorUnknownSize(List.of("u", "v", "w").iterator(), Spliterator.ORDERED);
        describe("unknown size", unknown);
        System.out.println("unknown size " + drain(unknown) + " empty " + Spliterators.emptySpliterator().estimateSize());
    }

    static void describe(String label, Spliterator<?> s) {
        StringBuilder c = new StringBuilder();
        String[] names = {"ORDERED", "DISTINCT", "SORTED", "SIZED", "NONNULL", "IMMUTABLE", "CONCURRENT", "SUBSIZED"};
        int[] flags = {Spliterator.ORDERED, Spliterator.DISTINCT, Spliterator.SORTED, Spliterator.SIZED, Spliterator.NONNULL,
            Spliterator.IMMUTABLE, Spliterator.CONCURRENT, Spliterator.SUBSIZED};
        for (int i = 0; i < names.length; i++) if (s.hasCharacteristics(flags[i])) c.append(names[i]).append(' ');
        System.out.println(label + ": estimate " + s.estimateSize() + " exact " + s.getExactSizeIfKnown() + " " + c.toString().trim());
    }

    static <T> String drain(Spliterator<T> s) {
        if (s == null) return "null";
        List<T> out = new ArrayList<>();
        s.forEachRemaining(out::add);
        return out.toString();
    }
}
