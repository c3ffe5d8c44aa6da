package collections;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

/** ConcurrentSkipListMap and Set: ordered operations, navigation, views, comparators, atomic map methods. */
public class ConcurrentSkipLists {
    public static void main(String[] args) {
        ConcurrentSkipListMap<Integer, String> m = new ConcurrentSkipListMap<>();
        for (int i = 20; i > 0; i -= 3) m.put(i, "v" + i);
        System.out.println(m + " size " + m.size());
        System.out.println("first " + m.firstKey() + " last " + m.lastEntry() + " ceiling(10) " + m.ceilingKey(10) + " floor(10) " + m.floorEntry(10)
                + " higher(20) " + m.higherKey(20) + " lower(2) " + m.lowerKey(2));
        ConcurrentNavigableMap<Integer, String> head = m.headMap(11, true);
        System.out.println("head " + head + " tail " + m.tailMap(11) + " sub " + m.subMap(5, 15) + " desc " + m.descendingMap().keySet());
        head.remove(2);
        System.out.println("after removing through view " + m);
        System.out.println("putIfAbsent " + m.putIfAbsent(5, "x") + " " + m.putIfAbsent(6, "six") + " replace " + m.replace(6, "SIX")
                + " compute " + m.compute(8, (k, v) -> v + "!") + " merge " + m.merge(100, "h", String::concat) + " " + m.merge(100, "h", String::concat));
        Map.Entry<Integer, String> polled = m.pollFirstEntry();
        System.out.println("pollFirst " + polled + " pollLast " + m.pollLastEntry() + " now " + m);
        ConcurrentSkipListSet<String> s = new ConcurrentSkipListSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) s.add(w);
        System.out.println(s + " first " + s.first() + " ceiling(\"abcd\") " + s.ceiling("abcd") + " headSet(\"zzzz\") " + s.headSet("zzzz")
                + " descending " + s.descendingSet());
        try {
            m.put(null, "n");
        } catch (NullPointerException e) {
            System.out.println("null key: NPE");
        }
        ConcurrentSkipListMap<String, Integer> copy = new ConcurrentSkipListMap<>(Map.of("b", 2, "a", 1, "c", 3));
        System.out.println(copy + " clone equals " + copy.clone().equals(copy) + " keySet " + copy.navigableKeySet().descendingSet());
    }
}
