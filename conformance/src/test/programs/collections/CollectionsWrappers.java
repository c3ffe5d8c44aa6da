package collections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The wrappers of java.util.Collections: unmodifiable views (every mutator and view mutator throws, reads
 * see changes to the backing collection, equals/hashCode/toString delegate), synchronized wrappers (plain
 * delegation on one thread, with their mutex), and checked wrappers (ClassCastException with the JDK's
 * message when a raw alias inserts the wrong type, through add, addAll, put, set, listIterator and
 * entry setValue).
 */
public class CollectionsWrappers {
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<String> backing = new ArrayList<>(List.of("a", "b", "c"));
        List<String> ul = Collections.unmodifiableList(backing);
        backing.add("d");
        System.out.println("unmodifiableList sees " + ul + " size " + ul.size() + " get 3 " + ul.get(3) + " equals "
                + ul.equals(backing) + " hash " + (ul.hashCode() == backing.hashCode()));
        attempt("ul add", () -> ul.add("e"));
        attempt("ul set", () -> ul.set(0, "x"));
        attempt("ul remove", () -> ul.remove("a"));
        attempt("ul removeIf", () -> ul.removeIf(s -> true));
        attempt("ul sort", () -> {
            ul.sort(null);
            return "sorted";
        });
        attempt("ul iterator remove", () -> {
            Iterator<String> it = ul.iterator();
            it.next();
            it.remove();
            return "removed";
        });
        attempt("ul listIterator add", () -> {
            ul.listIterator().add("x");
            return "added";
        });
        attempt("ul subList clear", () -> {
            ul.subList(0, 1).clear();
            return "cleared";
        });
        System.out.println("unmodifiable of unmodifiable is itself " + (Collections.unmodifiableList(ul) == ul));

        Set<Integer> us = Collections.unmodifiableSet(new TreeSet<>(List.of(3, 1, 2)));
        attempt("us add", () -> us.add(4));
        attempt("us retainAll", () -> us.retainAll(List.of(1)));
        System.out.println("unmodifiableSet " + us + " contains 2 " + us.contains(2));
        Map<String, Integer> backingMap = new TreeMap<>(Map.of("x", 1, "y", 2));
        Map<String, Integer> um = Collections.unmodifiableMap(backingMap);
        backingMap.put("z", 3);
        System.out.println("unmodifiableMap " + um + " get z " + um.get("z") + " getOrDefault " + um.getOrDefault("w", 0));
        attempt("um put", () -> um.put("w", 4));
        attempt("um putIfAbsent existing", () -> um.putIfAbsent("x", 9));
        attempt("um merge", () -> um.merge("x", 1, Integer::sum));
        attempt("um computeIfAbsent", () -> um.computeIfAbsent("x", k -> 5));
        attempt("um entry setValue", () -> um.entrySet().iterator().next().setValue(7));
        attempt("um keySet remove", () -> um.keySet().remove("x"));
        attempt("um values clear", () -> {
            um.values().clear();
            return "cleared";
        });
        attempt("um entrySet toArray setValue", () -> ((Map.Entry<String, Integer>) um.entrySet().toArray()[0]).setValue(1));
        NavigableMap<String, Integer> unm = Collections.unmodifiableNavigableMap(new TreeMap<>(backingMap));
        System.out.println("unmodifiableNavigableMap headMap " + unm.headMap("y") + " descending " + unm.descendingMap()
                + " firstEntry " + unm.firstEntry());
        attempt("unm pollFirstEntry", unm::pollFirstEntry);
        attempt("unm headMap put", () -> unm.headMap("y").put("a", 0));
        SortedMap<String, Integer> usm = Collections.unmodifiableSortedMap(new TreeMap<>(backingMap));
        System.out.println("unmodifiableSortedMap tail " + usm.tailMap("y") + " firstKey " + usm.firstKey());
        NavigableSet<Integer> uns = Collections.unmodifiableNavigableSet(new TreeSet<>(List.of(5, 1, 9)));
        attempt("uns pollLast", uns::pollLast);
        System.out.println("unmodifiableNavigableSet ceiling(2) " + uns.ceiling(2) + " descendingSet " + uns.descendingSet());
        Collection<String> uc = Collections.unmodifiableCollection(backing);
        System.out.println("unmodifiableCollection " + uc + " equals backing (identity) " + uc.equals(backing));
        attempt("uc addAll", () -> uc.addAll(List.of("q")));

        List<Integer> sl = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) sl.add(i * i);
        synchronized (sl) {
            int sum = 0;
            for (int v : sl) sum += v;
            System.out.println("synchronizedList " + sl + " sum " + sum + " equals " + sl.equals(List.of(0, 1, 4, 9, 16)));
        }
        sl.removeIf(v -> v % 2 == 1);
        sl.replaceAll(v -> v + 1);
        System.out.println("synchronizedList after removeIf/replaceAll " + sl + " hash " + sl.hashCode());
        Map<String, Integer> sm = Collections.synchronizedMap(new TreeMap<>());
        sm.put("b", 2);
        sm.merge("b", 5, Integer::sum);
        sm.computeIfAbsent("a", k -> 1);
        System.out.println("synchronizedMap " + sm + " keySet " + sm.keySet() + " entrySet " + sm.entrySet());
        Set<String> ss = Collections.synchronizedSet(new TreeSet<>(List.of("q", "p")));
        ss.add("r");
        System.out.println("synchronizedSet " + ss + " contains p " + ss.contains("p"));
        NavigableMap<Integer, String> snm = Collections.synchronizedNavigableMap(new TreeMap<>(Map.of(1, "a", 5, "e", 9, "i")));
        System.out.println("synchronizedNavigableMap floor(6) " + snm.floorEntry(6) + " tail " + snm.tailMap(5, false));

        List<String> cl = Collections.checkedList(new ArrayList<>(), String.class);
        cl.add("ok");
        List raw = cl;
        attempt("checkedList raw add Integer", () -> raw.add(42));
        attempt("checkedList raw add(index)", () -> {
            raw.add(0, 4.5);
            return "added";
        });
        attempt("checkedList raw set", () -> raw.set(0, 'c'));
        attempt("checkedList raw addAll", () -> raw.addAll(List.of("fine", 7)));
        attempt("checkedList listIterator set", () -> {
            var it = raw.listIterator();
            it.next();
            it.set(1L);
            return "set";
        });
        attempt("checkedList add null", () -> raw.add(null));
        System.out.println("checkedList contents " + cl);
        Map<String, Integer> cm = Collections.checkedMap(new HashMap<>(), String.class, Integer.class);
        cm.put("k", 1);
        Map rawMap = cm;
        attempt("checkedMap bad key", () -> rawMap.put(1, 1));
        attempt("checkedMap bad value", () -> rawMap.put("v", "1"));
        attempt("checkedMap putAll bad", () -> {
            rawMap.putAll(Map.of("a", 1.5));
            return "put";
        });
        attempt("checkedMap entry setValue bad", () -> ((Map.Entry) rawMap.entrySet().iterator().next()).setValue("s"));
        attempt("checkedMap merge bad", () -> rawMap.merge("k", "x", (a, b) -> b));
        System.out.println("checkedMap contents " + cm);
        Set<Integer> cs = Collections.checkedSet(new TreeSet<>(), Integer.class);
        Set rawSet = cs;
        attempt("checkedSet bad", () -> rawSet.add("s"));
        cs.add(3);
        System.out.println("checkedSet " + cs);
        Collection<Number> cc = Collections.checkedCollection(new ArrayList<>(), Number.class);
        cc.add(1);
        cc.add(2.5);
        Collection rawC = cc;
        attempt("checkedCollection bad", () -> rawC.add("n"));
        System.out.println("checkedCollection " + cc + " toString of checked queue "
                + Collections.checkedQueue(new java.util.ArrayDeque<>(List.of("x")), String.class));
    }
}
