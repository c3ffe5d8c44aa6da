package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * List.of, Set.of, Map.of, Map.ofEntries, copyOf and toList-style unmodifiable collections: every mutator
 * throws UnsupportedOperationException, nulls throw NullPointerException (contains(null) included),
 * duplicates throw IllegalArgumentException with the JDK's message, index errors, equals/hashCode against
 * mutable collections, copyOf returning its argument, and List.of's subList and iterators. Set.of and
 * Map.of iterate in an order salted per JVM run, so their contents print sorted.
 */
public class ImmutableCollections {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static void attemptQuietly(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<Integer> l0 = List.of();
        List<Integer> l1 = List.of(1);
        List<Integer> l2 = List.of(1, 2);
        List<Integer> l5 = List.of(5, 4, 3, 2, 1);
        List<Integer> l12 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        System.out.println(l0 + " " + l1 + " " + l2 + " " + l5 + " " + l12);
        System.out.println("sizes " + l0.size() + " " + l1.size() + " " + l2.size() + " " + l5.size() + " " + l12.size());
        System.out.println("equals ArrayList " + l5.equals(new ArrayList<>(l5)) + " hash " + l5.hashCode() + " "
                + new ArrayList<>(l5).hashCode() + " indexOf 3 " + l5.indexOf(3) + " lastIndexOf 9 " + l12.lastIndexOf(9));
        attempt("List.of add", () -> l2.add(3));
        attempt("List.of set", () -> l5.set(0, 9));
        attempt("List.of remove", () -> l1.remove(0));
        attempt("List.of clear empty", () -> {
            l0.clear();
            return "cleared";
        });
        attempt("List.of removeIf", () -> l12.removeIf(x -> x > 100));
        attempt("List.of sort", () -> {
            l5.sort(null);
            return "sorted";
        });
        attempt("List.of replaceAll", () -> {
            l2.replaceAll(x -> x);
            return "replaced";
        });
        attempt("List.of(null)", () -> List.of((Integer) null));
        attempt("List.of(1, null)", () -> List.of(1, null));
        attempt("List.of contains null", () -> l5.contains(null));
        attempt("List.of indexOf null", () -> l5.indexOf(null));
        // ListN.get indexes its array directly, so the message is the JVM's implicit one, which HotSpot's compiled
        // code can leave out (a preallocated exception, OmitStackTraceInFastThrow; seen once on JDK 17): only the
        // class is printed.
        attemptQuietly("List.of get(5)", () -> l5.get(5));
        attemptQuietly("List.of get(-1)", () -> l12.get(-1));
        attempt("List.of(1) get(1)", () -> l1.get(1));
        attempt("List.of subList", () -> l12.subList(3, 7));
        attempt("List.of subList bad", () -> l12.subList(7, 3));
        attempt("subList set", () -> l12.subList(0, 2).set(0, 1));
        attempt("iterator remove", () -> {
            Iterator<Integer> it = l5.iterator();
            it.next();
            it.remove();
            return "removed";
        });
        attempt("listIterator set", () -> {
            var it = l5.listIterator(2);
            it.next();
            it.set(0);
            return "set";
        });
        attempt("List.of toArray", () -> Arrays.toString(l5.toArray(new Integer[0])));
        Integer[] arr = {3, 1, 2};
        List<Integer> fromArray = List.of(arr);
        arr[0] = 99;
        System.out.println("List.of(array) copies " + fromArray);
        List<String> mutable = new ArrayList<>(List.of("a", "b"));
        List<String> copy = List.copyOf(mutable);
        mutable.add("c");
        System.out.println("copyOf snapshot " + copy + " same instance when immutable " + (List.copyOf(copy) == copy)
                + " " + (List.copyOf(l5) == l5));
        attempt("List.copyOf with null", () -> List.copyOf(Arrays.asList("a", null)));

        Set<String> s3 = Set.of("pear", "apple", "fig");
        System.out.println("Set.of sorted " + new TreeSet<>(s3) + " size " + s3.size() + " contains fig "
                + s3.contains("fig") + " contains kiwi " + s3.contains("kiwi"));
        System.out.println("Set.of() " + Set.of() + " Set.of(x) " + Set.of("x") + " equals HashSet "
                + s3.equals(new HashSet<>(List.of("fig", "pear", "apple"))) + " hash " + s3.hashCode() + " "
                + new HashSet<>(s3).hashCode());
        attempt("Set.of duplicate", () -> Set.of("a", "b", "a"));
        attempt("Set.of duplicate 2", () -> Set.of(7, 7));
        attempt("Set.of duplicate many", () -> Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 3));
        attempt("Set.of null", () -> Set.of("a", null));
        attempt("Set.of contains null", () -> s3.contains(null));
        attempt("Set.of add", () -> s3.add("kiwi"));
        attempt("Set.of remove", () -> s3.remove("fig"));
        attempt("Set.of retainAll", () -> s3.retainAll(List.of()));
        Set<Integer> big = Set.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130);
        int sum = 0;
        for (int v : big) sum += v;
        System.out.println("Set.of 13 sum " + sum + " sorted " + new TreeSet<>(big) + " containsAll "
                + big.containsAll(List.of(10, 130)));
        Set<String> setCopy = Set.copyOf(List.of("b", "a", "b", "c", "a"));
        System.out.println("Set.copyOf drops duplicates " + new TreeSet<>(setCopy) + " same instance "
                + (Set.copyOf(setCopy) == setCopy));

        Map<String, Integer> m0 = Map.of();
        Map<String, Integer> m3 = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("Map.of sorted " + new TreeMap<>(m3) + " empty " + m0 + " size " + m3.size() + " get two "
                + m3.get("two") + " get four " + m3.get("four") + " getOrDefault " + m3.getOrDefault("four", 4));
        System.out.println("Map.of equals HashMap " + m3.equals(new HashMap<>(m3)) + " hash " + m3.hashCode() + " "
                + new HashMap<>(m3).hashCode() + " containsValue 3 " + m3.containsValue(3) + " keySet sorted "
                + new TreeSet<>(m3.keySet()) + " values sum " + sumOf(m3.values()));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("Map.of null key", () -> Map.of(null, 1));
        attempt("Map.of put", () -> m3.put("four", 4));
        attempt("Map.of remove", () -> m3.remove("one"));
        attempt("Map.of putIfAbsent", () -> m3.putIfAbsent("one", 9));
        attempt("Map.of merge", () -> m3.merge("one", 9, Integer::sum));
        attempt("Map.of compute", () -> m3.compute("one", (k, v) -> v));
        attempt("Map.of clear", () -> {
            m3.clear();
            return "cleared";
        });
        attempt("Map.of get(null)", () -> m3.get(null));
        attempt("Map.of containsKey(null)", () -> m3.containsKey(null));
        attempt("Map.of entry setValue", () -> m3.entrySet().iterator().next().setValue(0));
        attempt("Map.of keySet remove", () -> m3.keySet().remove("one"));
        Map<Integer, String> entries = Map.ofEntries(Map.entry(3, "c"), Map.entry(1, "a"), Map.entry(2, "b"));
        System.out.println("ofEntries sorted " + new TreeMap<>(entries));
        attempt("Map.entry null", () -> Map.entry("k", null));
        attempt("ofEntries duplicate", () -> Map.ofEntries(Map.entry(1, "a"), Map.entry(1, "b")));
        Map.Entry<String, Integer> e = Map.entry("k", 5);
        System.out.println("Map.entry " + e + " hash " + e.hashCode() + " equals " + e.equals(Map.entry("k", 5))
                + " equals HashMap entry " + e.equals(new HashMap<>(Map.of("k", 5)).entrySet().iterator().next()));
        attempt("Map.entry setValue", () -> e.setValue(6));
        Map<String, Integer> mcopy = Map.copyOf(new HashMap<>(m3));
        System.out.println("Map.copyOf " + new TreeMap<>(mcopy) + " same instance " + (Map.copyOf(mcopy) == mcopy));
        HashMap<String, Integer> withNull = new HashMap<>();
        withNull.put("x", null);
        attempt("Map.copyOf with null value", () -> Map.copyOf(withNull));

        Collection<Integer> unmodifiable = java.util.Collections.unmodifiableCollection(new ArrayList<>(l5));
        System.out.println("List.copyOf(unmodifiable) " + List.copyOf(unmodifiable) + " List.of equals List.of "
                + List.of(1, 2).equals(List.of(1, 2)) + " Set.of equals Set.of " + Set.of(1, 2).equals(Set.of(2, 1)));
    }

    static int sumOf(Collection<Integer> c) {
        int s = 0;
        for (int v : c) s += v;
        return s;
    }
}
