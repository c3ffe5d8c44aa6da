package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * java.util.HashSet and LinkedHashSet: add/remove results, null elements, iteration order of hashed
 * Integer, String and record elements (deterministic hash codes) through resizes, set algebra and its
 * return values, equals/hashCode across kinds of set, removeIf, toArray, iterator removal and the fail-fast
 * iterator, and elements whose equals/hashCode are the program's own.
 */
public class HashSetOps {
    record Point(int x, int y) {}

    static final class Key {
        final String name;
        Key(String name) { this.name = name; }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.name.equalsIgnoreCase(name); }
        @Override public int hashCode() { return name.toLowerCase().hashCode(); }
        @Override public String toString() { return "Key(" + name + ")"; }
    }

    public static void main(String[] args) {
        HashSet<Integer> s = new HashSet<>();
        StringBuilder adds = new StringBuilder();
        int[] vals = {17, 3, 99, 3, 1 << 20, -5, 17, 64, 0, 33, 48, 1000};
        for (int v : vals) adds.append(s.add(v) ? 'T' : 'F');
        System.out.println("adds " + adds + " " + s + " size " + s.size());
        System.out.println("remove 3 " + s.remove(3) + " again " + s.remove(3) + " contains 99 " + s.contains(99));
        System.out.println("add null " + s.add(null) + " again " + s.add(null) + " contains null " + s.contains(null)
                + " " + s);
        s.remove(null);
        for (int i = 0; i < 30; i++) s.add(i * 11);
        System.out.println("grown " + s);

        HashSet<String> words = new HashSet<>(Arrays.asList(words("the quick brown fox jumps over the lazy dog and the cat")));
        System.out.println("words " + words + " size " + words.size());
        HashSet<Point> points = new HashSet<>();
        for (int x = 0; x < 4; x++)
            for (int y = 0; y < 3; y++) points.add(new Point(x, y));
        points.add(new Point(1, 1));
        System.out.println("points " + points.size() + " contains(2,2) " + points.contains(new Point(2, 2)));
        List<String> sortedPoints = new ArrayList<>();
        for (Point p : points) sortedPoints.add(p.toString());
        sortedPoints.sort(null);
        System.out.println("sorted points " + sortedPoints);

        HashSet<Key> keys = new HashSet<>();
        keys.add(new Key("Alpha"));
        System.out.println("own equals: add ALPHA " + keys.add(new Key("ALPHA")) + " contains alpha "
                + keys.contains(new Key("alpha")) + " " + keys);

        Set<Integer> a = new HashSet<>(List.of(1, 2, 3, 4, 5, 6));
        Set<Integer> b = new LinkedHashSet<>(List.of(9, 6, 4, 2, 0));
        Set<Integer> u = new HashSet<>(a);
        System.out.println("addAll changed " + u.addAll(b) + " again " + u.addAll(b) + " " + u);
        Set<Integer> i = new HashSet<>(a);
        System.out.println("retainAll changed " + i.retainAll(b) + " again " + i.retainAll(b) + " " + i);
        Set<Integer> d = new HashSet<>(a);
        System.out.println("removeAll changed " + d.removeAll(b) + " " + d + " containsAll " + a.containsAll(d));
        Set<Integer> evens = new LinkedHashSet<>(List.of(6, 4, 2));
        System.out.println("equals HashSet/LinkedHashSet " + i.equals(evens) + " " + evens.equals(i) + " hash "
                + i.hashCode() + " " + evens.hashCode() + " equals List " + i.equals(List.of(2, 4, 6)));
        System.out.println("equals Set.of " + evens.equals(Set.of(2, 4, 6)) + " " + Set.of(2, 4, 6).equals(evens));
        u.removeIf(x -> x % 3 == 0);
        System.out.println("removeIf " + u);
        Integer[] arr = u.toArray(new Integer[0]);
        Object[] objs = u.toArray();
        Integer[] big = u.toArray(new Integer[10]);
        System.out.println("toArray " + Arrays.toString(arr) + " " + objs.length + " sized " + Arrays.toString(big));

        Iterator<Integer> it = u.iterator();
        while (it.hasNext()) if (it.next() > 4) it.remove();
        System.out.println("iterator remove " + u);
        try {
            for (Integer x : u) if (x == 2) u.add(77);
        } catch (ConcurrentModificationException e) {
            System.out.println("add while iterating " + e.getClass().getName());
        }
        try {
            Iterator<Integer> it2 = u.iterator();
            it2.next();
            it2.remove();
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("double remove " + e.getClass().getName());
        }

        LinkedHashSet<String> lhs = new LinkedHashSet<>();
        for (String w : words("to be or not to be that is the question")) lhs.add(w);
        System.out.println("linked " + lhs);
        lhs.remove("to");
        lhs.add("to");
        System.out.println("linked re-add " + lhs + " toString of empty " + new LinkedHashSet<String>());
        HashSet<Object> mixed = new HashSet<>();
        mixed.add(1);
        mixed.add(1L);
        mixed.add((short) 1);
        mixed.add("1");
        mixed.add('1');
        mixed.add(1.0);
        System.out.println("mixed boxes size " + mixed.size() + " contains 1L " + mixed.contains(1L)
                + " contains (byte)1 " + mixed.contains((byte) 1));
        HashSet<Integer> clone = new HashSet<>(s);
        @SuppressWarnings("unchecked")
        HashSet<Integer> c2 = (HashSet<Integer>) clone.clone();
        c2.clear();
        System.out.println("clone independent " + clone.size() + " " + c2.isEmpty());
    }

    /** The space-separated words of {@code text} (String.split needs java.util.regex). */
    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }
}
