package collections;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * java.util.LinkedHashMap: insertion order (re-putting a key keeps its place, removing and re-adding moves it
 * to the end), access order (get, getOrDefault, put, compute and merge move the entry last; containsKey does
 * not), an LRU cache through removeEldestEntry, the fail-fast access-order iterator (a get while iterating
 * is a structural modification), views and their removal, and LinkedHashSet's order.
 */
public class LinkedHashMapOrder {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        final StringBuilder evicted = new StringBuilder();

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) evicted.append(eldest.getKey()).append(' ');
            return evict;
        }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        String[] keys = {"zebra", "apple", "mango", "kiwi", "banana", "cherry", "fig", "date"};
        for (int i = 0; i < keys.length; i++) ins.put(keys[i], i);
        System.out.println("insertion " + ins);
        ins.put("apple", 100);
        System.out.println("re-put keeps place " + ins);
        ins.remove("mango");
        ins.put("mango", 2);
        System.out.println("remove+put moves last " + ins);
        ins.get("zebra");
        System.out.println("get does not move " + ins.keySet());
        ins.putIfAbsent("grape", 9);
        ins.computeIfAbsent("lemon", k -> k.length());
        ins.merge("kiwi", 5, Integer::sum);
        System.out.println("defaults " + ins);
        ins.replaceAll((k, v) -> v * 10);
        System.out.println("replaceAll " + ins);
        System.out.println("values " + ins.values() + " entrySet " + ins.entrySet());
        ins.keySet().removeIf(k -> k.length() == 4);
        System.out.println("removeIf length 4 " + ins);
        for (int i = 0; i < 40; i++) ins.put("n" + i, i);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String k : ins.keySet()) {
            if (n++ < 12) sb.append(k).append(' ');
        }
        System.out.println("after resize order kept: " + sb + "... size " + ins.size());

        LinkedHashMap<Integer, String> acc = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 1; i <= 6; i++) acc.put(i, "v" + i);
        System.out.println("access order " + acc.keySet());
        acc.get(2);
        System.out.println("get 2 " + acc.keySet());
        acc.containsKey(1);
        System.out.println("containsKey 1 " + acc.keySet());
        acc.put(3, "v3b");
        System.out.println("put 3 " + acc.keySet());
        acc.getOrDefault(1, "none");
        System.out.println("getOrDefault 1 " + acc.keySet());
        acc.getOrDefault(99, "none");
        System.out.println("getOrDefault absent " + acc.keySet());
        acc.compute(4, (k, v) -> v + "!");
        acc.merge(5, "?", String::concat);
        System.out.println("compute 4 merge 5 " + acc);
        acc.putIfAbsent(6, "x");
        System.out.println("putIfAbsent existing 6 " + acc.keySet());
        acc.replace(2, "two");
        System.out.println("replace 2 " + acc.keySet());
        try {
            for (Integer k : acc.keySet()) acc.get(k);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("get while iterating access order: " + e.getClass().getName());
        }
        Iterator<Map.Entry<Integer, String>> it = acc.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println("iterator remove eldest " + acc);

        Lru<String, Integer> lru = new Lru<>(3);
        String[] ops = {"a", "b", "c", "a", "d", "b", "e", "a", "c", "f"};
        for (String op : ops) {
            if (lru.containsKey(op)) lru.get(op);
            else lru.put(op, op.charAt(0) - 'a');
            System.out.println("lru " + op + " -> " + lru.keySet());
        }
        System.out.println("evicted " + lru.evicted + "size " + lru.size());

        LinkedHashMap<String, String> nulls = new LinkedHashMap<>();
        nulls.put("b", null);
        nulls.put(null, "nullkey");
        nulls.put("a", "A");
        System.out.println("nulls " + nulls + " " + nulls.get(null) + " " + nulls.containsValue(null));
        LinkedHashMap<String, String> other = new LinkedHashMap<>();
        other.put("a", "A");
        other.put(null, "nullkey");
        other.put("b", null);
        System.out.println("equals ignores order " + nulls.equals(other) + " " + (nulls.hashCode() == other.hashCode())
                + " toString differs " + other);

        LinkedHashSet<Integer> set = new LinkedHashSet<>();
        int[] vals = {50, 3, 99, 3, -7, 50, 1024, 0, 64};
        for (int v : vals) System.out.print(set.add(v) ? "+" : "=");
        System.out.println(" " + set);
        set.remove(99);
        set.add(99);
        System.out.println("re-added last " + set + " contains -7 " + set.contains(-7));
        LinkedHashSet<Integer> copy = new LinkedHashSet<>(set);
        copy.retainAll(java.util.List.of(0, 3, 64, 1000));
        System.out.println("retainAll " + copy + " equals " + copy.equals(java.util.Set.of(0, 3, 64)));
    }
}
