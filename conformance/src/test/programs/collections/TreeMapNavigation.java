package collections;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * java.util.TreeMap: navigation (floor/ceiling/higher/lower keys and entries, first/last, pollFirst/Last),
 * head/tail/sub map views in both inclusive forms and their descending maps, writes through views and the
 * out-of-range IllegalArgumentException, comparators (reverse, case-insensitive, a null-tolerant one),
 * ClassCastException and NullPointerException for keys the natural order cannot compare, and the
 * immutable entries navigation returns.
 */
public class TreeMapNavigation {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 5, 95};
        for (int k : keys) m.put(k, "v" + k);
        System.out.println(m);
        System.out.println("first " + m.firstKey() + " last " + m.lastKey() + " firstEntry " + m.firstEntry()
                + " lastEntry " + m.lastEntry());
        int[] probes = {0, 5, 22, 25, 50, 51, 95, 100};
        for (int p : probes) {
            System.out.println("probe " + p + ": floor " + m.floorKey(p) + " ceiling " + m.ceilingKey(p) + " lower "
                    + m.lowerKey(p) + " higher " + m.higherKey(p) + " floorEntry " + m.floorEntry(p)
                    + " higherEntry " + m.higherEntry(p));
        }
        NavigableMap<Integer, String> head = m.headMap(30, false);
        NavigableMap<Integer, String> headIn = m.headMap(30, true);
        SortedMap<Integer, String> tail = m.tailMap(70);
        NavigableMap<Integer, String> tailEx = m.tailMap(70, false);
        NavigableMap<Integer, String> sub = m.subMap(20, true, 80, false);
        SortedMap<Integer, String> sub2 = m.subMap(21, 79);
        System.out.println("headMap(30) " + head + " inclusive " + headIn);
        System.out.println("tailMap(70) " + tail + " exclusive " + tailEx);
        System.out.println("subMap[20,80) " + sub + " subMap(21,79) " + sub2 + " size " + sub2.size());
        System.out.println("sub first " + sub.firstKey() + " last " + sub.lastKey() + " floor(19) " + sub.floorKey(19)
                + " ceiling(81) " + sub.ceilingKey(81) + " lower(20) " + sub.lowerKey(20));
        NavigableMap<Integer, String> desc = m.descendingMap();
        System.out.println("descending " + desc.keySet() + " first " + desc.firstKey() + " floor(22) "
                + desc.floorKey(22) + " ceiling(22) " + desc.ceilingKey(22) + " higher(50) " + desc.higherKey(50));
        System.out.println("descending headMap(50) " + desc.headMap(50) + " tailMap(50) " + desc.tailMap(50, false));
        System.out.println("sub descending " + sub.descendingMap() + " descendingKeySet " + sub.descendingKeySet());
        System.out.println("navigableKeySet subSet " + m.navigableKeySet().subSet(10, true, 30, true));
        sub.put(40, "new40");
        System.out.println("put through view " + m.containsKey(40) + " " + m.get(40));
        try {
            sub.put(80, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("view put out of range: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            head.subMap(0, 40);
        } catch (IllegalArgumentException e) {
            System.out.println("sub of view out of range: " + e.getMessage());
        }
        try {
            m.subMap(50, 20);
        } catch (IllegalArgumentException e) {
            System.out.println("subMap from > to: " + e.getMessage());
        }
        sub.remove(25);
        sub.entrySet().removeIf(e -> e.getKey() % 20 == 10);
        System.out.println("removed through views " + m);
        m.put(31, "v31");
        System.out.println("view sees new key " + sub.containsKey(31) + " " + sub.size());
        Map.Entry<Integer, String> pf = m.pollFirstEntry();
        Map.Entry<Integer, String> pl = m.pollLastEntry();
        System.out.println("pollFirst " + pf + " pollLast " + pl + " " + m);
        System.out.println("headMap pollFirst " + head.pollFirstEntry() + " " + m.firstKey());
        try {
            pf.setValue("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("setValue on snapshot entry: " + e.getClass().getName());
        }
        Map.Entry<Integer, String> live = m.entrySet().iterator().next();
        live.setValue("changed");
        System.out.println("setValue on iterator entry " + m.firstEntry());

        TreeMap<Integer, String> empty = new TreeMap<>();
        System.out.println("empty firstEntry " + empty.firstEntry() + " pollFirst " + empty.pollFirstEntry()
                + " floorKey " + empty.floorKey(1));
        try {
            empty.firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("firstKey on empty: " + e.getClass().getName());
        }

        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : new String[] {"banana", "Apple", "cherry", "apple", "BANANA", "date"}) ci.merge(s, 1, Integer::sum);
        System.out.println("case-insensitive " + ci + " get(APPLE) " + ci.get("APPLE") + " comparator same "
                + (ci.comparator() == String.CASE_INSENSITIVE_ORDER));
        TreeMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        rev.putAll(ci);
        rev.put("Zed", 0);
        System.out.println("reverse " + rev + " higherKey(cherry) " + rev.higherKey("cherry") + " headMap(banana) "
                + rev.headMap("banana"));
        TreeMap<String, Integer> nullsFirst = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        nullsFirst.put("m", 1);
        nullsFirst.put(null, 0);
        nullsFirst.put("a", 2);
        System.out.println("nullsFirst " + nullsFirst + " get(null) " + nullsFirst.get(null));

        TreeMap<Object, String> natural = new TreeMap<>();
        natural.put("str", "s");
        try {
            natural.put(1, "i");
        } catch (ClassCastException e) {
            System.out.println("mixed keys: " + e.getClass().getName());
        }
        TreeMap<Object, String> plain = new TreeMap<>();
        try {
            plain.put(new Object(), "o");
        } catch (ClassCastException e) {
            System.out.println("non-comparable first key: " + e.getClass().getName());
        }
        try {
            m.put(null, "n");
        } catch (NullPointerException e) {
            System.out.println("null key natural order: " + e.getClass().getName());
        }
        try {
            m.get(null);
        } catch (NullPointerException e) {
            System.out.println("get(null): " + e.getClass().getName());
        }
        System.out.println("containsValue changed " + m.containsValue("changed") + " values " + m.values());

        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 1000; i++) big.put(i * 37 % 1009, i);
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : big.subMap(100, 200).entrySet()) sum += e.getKey() * (long) e.getValue();
        System.out.println("big " + big.size() + " first " + big.firstKey() + " last " + big.lastKey() + " sum " + sum);
        Iterator<Integer> it = big.descendingKeySet().iterator();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(it.next()).append(' ');
        it.remove();
        System.out.println("descending iterator " + sb + "after remove last " + big.lastKey());
        while (big.size() > 3) big.pollFirstEntry();
        System.out.println("polled down " + big);
        TreeMap<Integer, Integer> copy = new TreeMap<>(big);
        System.out.println("copy equals " + copy.equals(big) + " hash " + (copy.hashCode() == big.hashCode())
                + " ceilingEntry " + copy.ceilingEntry(0));
    }
}
