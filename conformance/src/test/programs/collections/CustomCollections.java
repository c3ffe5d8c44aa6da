package collections;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * User collections built on AbstractList, AbstractSet and AbstractMap, handed to the library's algorithms
 * (sort, binarySearch, addAll, equals/hashCode across implementations, toString, unmodifiable views).
 */
public class CustomCollections {
    /** The integers from..to-1, immutable, random access. */
    static final class Range extends AbstractList<Integer> implements java.util.RandomAccess {
        final int from, to;
        Range(int from, int to) { this.from = from; this.to = to; }
        @Override public Integer get(int i) {
            if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("index " + i);
            return from + i;
        }
        @Override public int size() { return to - from; }
    }

    /** A growable list over an array, with set and add/remove at an index. */
    static final class Buffer<E> extends AbstractList<E> {
        private Object[] items = new Object[2];
        private int size;
        @SuppressWarnings("unchecked") @Override public E get(int i) { Objects.check(i, size); return (E) items[i]; }
        @Override public int size() { return size; }
        @Override public E set(int i, E e) { E old = get(i); items[i] = e; return old; }
        @Override public void add(int i, E e) {
            if (i < 0 || i > size) throw new IndexOutOfBoundsException(i);
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            System.arraycopy(items, i, items, i + 1, size - i);
            items[i] = e;
            size++;
            modCount++;
        }
        @Override public E remove(int i) {
            E old = get(i);
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            items[--size] = null;
            modCount++;
            return old;
        }
    }

    static final class Objects {
        static void check(int i, int size) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size);
        }
    }

    /** The vowels of a word as a set. */
    static final class Vowels extends AbstractSet<Character> {
        final String word;
        Vowels(String word) { this.word = word; }
        @Override public Iterator<Character> iterator() {
            return new Iterator<Character>() {
                int i = advance(0);
                int advance(int from) {
                    while (from < word.length() && "aeiou".indexOf(word.charAt(from)) < 0 || from < word.length() && word.indexOf(word.charAt(from)) < from) from++;
                    return from;
                }
                @Override public boolean hasNext() { return i < word.length(); }
                @Override public Character next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    char c = word.charAt(i);
                    i = advance(i + 1);
                    return c;
                }
            };
        }
        @Override public int size() {
            int n = 0;
            for (Iterator<Character> it = iterator(); it.hasNext(); it.next()) n++;
            return n;
        }
    }

    /** A map of the squares of 1..n. */
    static final class Squares extends AbstractMap<Integer, Integer> {
        final int n;
        Squares(int n) { this.n = n; }
        @Override public Set<Entry<Integer, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override public Iterator<Entry<Integer, Integer>> iterator() {
                    return new Iterator<>() {
                        int k = 1;
                        @Override public boolean hasNext() { return k <= n; }
                        @Override public Entry<Integer, Integer> next() { int v = k++; return new SimpleImmutableEntry<>(v, v * v); }
                    };
                }
                @Override public int size() { return n; }
            };
        }
    }

    public static void main(String[] args) {
        Range r = new Range(3, 9);
        System.out.println(r + " " + r.size() + " " + r.contains(5) + " " + r.indexOf(8) + " " + r.subList(1, 3) + " " + Collections.binarySearch(r, 7)
                + " " + r.equals(List.of(3, 4, 5, 6, 7, 8)) + " " + (r.hashCode() == List.of(3, 4, 5, 6, 7, 8).hashCode()));
        try {
            r.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("Range.add: UnsupportedOperationException");
        }
        Buffer<String> b = new Buffer<>();
        b.addAll(List.of("pear", "fig", "apple", "kiwi", "date"));
        Collections.sort(b);
        b.add(1, "banana");
        b.remove("kiwi");
        Collections.swap(b, 0, b.size() - 1);
        System.out.println(b + " " + b.size() + " max " + Collections.max(b) + " " + new ArrayList<>(b).equals(b));
        try {
            for (String s : b) if (s.startsWith("f")) b.add("x");
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("Buffer: ConcurrentModificationException");
        }
        try {
            b.get(42);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException " + e.getMessage());
        }
        Vowels v = new Vowels("onomatopoeia");
        System.out.println(v + " " + v.size() + " " + v.contains('e') + " " + v.equals(new TreeSet<>(List.of('a', 'e', 'i', 'o'))) + " " + new TreeSet<>(v));
        Squares sq = new Squares(5);
        System.out.println(sq + " " + sq.get(4) + " " + sq.containsKey(6) + " " + sq.containsValue(25) + " " + sq.equals(new HashMap<>(sq))
                + " " + sq.keySet() + " " + sq.values());
        Map<Integer, Integer> view = Collections.unmodifiableMap(sq);
        System.out.println(view.size() + " " + view.hashCode());
    }
}
