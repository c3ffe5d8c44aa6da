package collections;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * java.util.HashMap from the JDK's class files: the Map default methods HashMap overrides (compute,
 * computeIfAbsent/IfPresent, merge, putIfAbsent, replace, replaceAll, getOrDefault, remove(k, v)) with their
 * null-value rules, null keys and values, resizing (iteration order of Integer and String keys follows
 * hash & (capacity - 1), so every doubling is visible), entry views and setValue, equals/hashCode against
 * another map, and the fail-fast ConcurrentModificationException from iterators, forEach and compute.
 */
public class HashMapOps {
    public static void main(String[] args) {
        basics();
        defaults();
        resize();
        views();
        failFast();
        equality();
    }

    static void basics() {
        HashMap<String, Integer> m = new HashMap<>();
        System.out.println("empty " + m + " " + m.isEmpty() + " " + m.size() + " " + m.hashCode());
        System.out.println("put a " + m.put("a", 1) + " put a again " + m.put("a", 2) + " get " + m.get("a"));
        System.out.println("put null key " + m.put(null, 7) + " get null " + m.get(null) + " containsKey null "
                + m.containsKey(null));
        System.out.println("put null value " + m.put("n", null) + " get n " + m.get("n") + " containsKey n "
                + m.containsKey("n") + " containsValue null " + m.containsValue(null));
        System.out.println(m + " size " + m.size());
        System.out.println("remove null key " + m.remove(null) + " then " + m.get(null) + " " + m);
        System.out.println("remove absent " + m.remove("zz") + " remove n " + m.remove("n") + " " + m);
        System.out.println("containsValue 2 " + m.containsValue(2) + " containsValue 3 " + m.containsValue(3));
        m.clear();
        System.out.println("cleared " + m + " " + m.size());
        HashMap<Integer, String> self = new HashMap<>();
        self.put(1, "one");
        HashMap<Object, Object> rec = new HashMap<>();
        rec.put("me", rec);
        System.out.println("self-reference " + rec);
    }

    static void defaults() {
        HashMap<String, Integer> m = new HashMap<>();
        m.put("x", 10);
        m.put("y", null);
        System.out.println("getOrDefault x " + m.getOrDefault("x", -1) + " y " + m.getOrDefault("y", -1) + " z "
                + m.getOrDefault("z", -1));
        System.out.println("putIfAbsent x " + m.putIfAbsent("x", 11) + " y " + m.putIfAbsent("y", 12) + " z "
                + m.putIfAbsent("z", 13) + " -> " + m);
        System.out.println("computeIfAbsent x " + m.computeIfAbsent("x", k -> 99) + " w "
                + m.computeIfAbsent("w", k -> k.length() * 100) + " v(null) " + m.computeIfAbsent("v", k -> null)
                + " containsKey v " + m.containsKey("v"));
        System.out.println("computeIfPresent x " + m.computeIfPresent("x", (k, v) -> v + 1) + " q "
                + m.computeIfPresent("q", (k, v) -> 1) + " w->null " + m.computeIfPresent("w", (k, v) -> null)
                + " containsKey w " + m.containsKey("w"));
        System.out.println("compute x " + m.compute("x", (k, v) -> v == null ? 0 : v * 2) + " new "
                + m.compute("new", (k, v) -> v == null ? -5 : v) + " remove z "
                + m.compute("z", (k, v) -> null) + " -> " + m);
        System.out.println("merge x " + m.merge("x", 3, Integer::sum) + " fresh " + m.merge("fresh", 4, Integer::sum)
                + " remove new " + m.merge("new", 1, (a, b) -> null) + " -> " + m);
        System.out.println("replace x " + m.replace("x", 50) + " absent " + m.replace("absent", 1) + " cas "
                + m.replace("x", 50, 51) + " cas miss " + m.replace("x", 50, 52) + " x=" + m.get("x"));
        System.out.println("remove(k,v) miss " + m.remove("x", 50) + " hit " + m.remove("x", 51) + " -> " + m);
        m.replaceAll((k, v) -> v == null ? k.length() : v + 1000);
        System.out.println("replaceAll " + m);
        try {
            m.merge("fresh", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("merge null value NPE " + (e.getMessage() == null));
        }
        try {
            m.computeIfAbsent("boom", k -> {
                throw new IllegalStateException("mapping failed for " + k);
            });
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " containsKey " + m.containsKey("boom"));
        }
        HashMap<String, List<Integer>> multi = new HashMap<>();
        for (int i = 0; i < 12; i++) multi.computeIfAbsent("k" + (i % 3), k -> new ArrayList<>()).add(i);
        System.out.println("multimap " + multi);
        HashMap<Character, Integer> counts = new HashMap<>();
        for (char c : "mississippi river".toCharArray()) counts.merge(c, 1, Integer::sum);
        System.out.println("counts " + counts);
    }

    static void resize() {
        HashMap<Integer, Integer> m = new HashMap<>();
        int[] keys = {100, 3, 17, 64, 33, 1, 16, 48, 2, 31, 15, 47, 127, 200, 255, 256, 1000, -1, -16, 65536};
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], i);
            if (i == 5 || i == 11 || i == 12 || i == 13 || i == 19) System.out.println("after " + (i + 1) + ": " + m.keySet());
        }
        HashMap<Integer, Integer> big = new HashMap<>(2);
        long sum = 0;
        for (int i = 0; i < 5000; i++) big.put(i * 7919 % 10007, i);
        for (int i = 0; i < 10007; i += 3) {
            Integer v = big.get(i);
            if (v != null) sum += v;
        }
        System.out.println("big size " + big.size() + " sum " + sum);
        for (int i = 0; i < 10007; i += 2) big.remove(i);
        int first = 0;
        StringBuilder sb = new StringBuilder();
        for (Integer k : big.keySet()) {
            if (first++ < 15) sb.append(k).append(',');
        }
        System.out.println("big after removals " + big.size() + " first keys " + sb);
        HashMap<String, Integer> strings = new HashMap<>(4, 0.5f);
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"};
        for (String w : words) strings.put(w, w.hashCode());
        System.out.println("strings " + strings);
        HashMap<Long, String> longs = new HashMap<>();
        longs.put(1L << 32, "hi");
        longs.put(1L, "lo");
        longs.put(-1L, "neg");
        longs.put(Long.MIN_VALUE, "min");
        System.out.println("longs " + longs + " get(1L<<32) " + longs.get(1L << 32));
        HashMap<Double, String> doubles = new HashMap<>();
        doubles.put(0.0, "zero");
        doubles.put(-0.0, "negzero");
        doubles.put(Double.NaN, "nan");
        doubles.put(1.5, "x");
        System.out.println("doubles size " + doubles.size() + " nan " + doubles.get(Double.NaN) + " -0 "
                + doubles.get(-0.0) + " 0 " + doubles.get(0.0));
        try {
            new HashMap<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            new HashMap<String, String>(4, 0f);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        HashMap<Integer, Integer> copy = new HashMap<>(m);
        System.out.println("copy equals " + copy.equals(m) + " " + copy.keySet());
        @SuppressWarnings("unchecked")
        HashMap<Integer, Integer> cloned = (HashMap<Integer, Integer>) m.clone();
        cloned.put(5555, 1);
        System.out.println("clone size " + cloned.size() + " original " + m.size());
    }

    static void views() {
        HashMap<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 10; i++) m.put("key" + i, i);
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getValue() % 3 == 0) e.setValue(-e.getValue());
        }
        System.out.println("setValue " + m);
        m.keySet().remove("key1");
        m.values().remove(-3);
        m.entrySet().removeIf(e -> e.getKey().endsWith("5"));
        System.out.println("view removals " + m + " size " + m.size());
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() > 6) it.remove();
        }
        System.out.println("iterator removals " + m);
        Map.Entry<String, Integer> one = m.entrySet().iterator().next();
        System.out.println("entry " + one + " key " + one.getKey() + " hash " + one.hashCode() + " equals "
                + one.equals(Map.entry(one.getKey(), one.getValue())));
        System.out.println("keySet contains key2 " + m.keySet().contains("key2") + " values contains -6 "
                + m.values().contains(-6) + " entrySet contains " + m.entrySet().contains(Map.entry("key2", 2)));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        System.out.println("forEach " + sb);
        Object[] arr = m.keySet().toArray();
        String[] typed = m.keySet().toArray(new String[0]);
        System.out.println("toArray " + arr.length + " " + typed.length + " " + typed.getClass().getSimpleName()
                + " " + String.join("|", typed));
        Iterator<String> ki = m.keySet().iterator();
        try {
            ki.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next " + e.getClass().getName());
        }
        Iterator<String> drain = m.keySet().iterator();
        while (drain.hasNext()) drain.next();
        try {
            drain.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("next past end " + e.getClass().getName());
        }
    }

    static void failFast() {
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < 8; i++) m.put(i, i * i);
        try {
            for (Integer k : m.keySet()) {
                if (k == 3) m.put(100, 0);
            }
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("keySet loop " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            m.forEach((k, v) -> {
                if (k == 4) m.remove(5);
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("forEach " + e.getClass().getName() + " size " + m.size());
        }
        try {
            m.computeIfAbsent(500, k -> {
                m.put(501, 1);
                return 2;
            });
            System.out.println("computeIfAbsent modifying: no CME " + m.containsKey(500));
        } catch (ConcurrentModificationException e) {
            System.out.println("computeIfAbsent modifying " + e.getClass().getName());
        }
        try {
            m.replaceAll((k, v) -> {
                if (k == 0) m.remove(1);
                return v;
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("replaceAll " + e.getClass().getName());
        }
        try {
            for (Integer v : m.values()) {
                if (v == 4) m.clear();
            }
            System.out.println("values loop no CME after clear " + m.size());
        } catch (ConcurrentModificationException e) {
            System.out.println("values loop " + e.getClass().getName());
        }
        m.put(1, 1);
        // Setting an existing key is no structural modification.
        for (Integer k : m.keySet()) m.put(k, 42);
        System.out.println("put existing while iterating " + m);
    }

    static void equality() {
        HashMap<String, Integer> a = new HashMap<>();
        HashMap<String, Integer> b = new HashMap<>(64);
        for (int i = 0; i < 6; i++) {
            a.put("e" + i, i);
            b.put("e" + (5 - i), 5 - i);
        }
        System.out.println("equals " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode());
        b.put("e0", 7);
        System.out.println("after change equals " + a.equals(b) + " " + b.equals(a));
        b.put("e0", 0);
        b.put(null, null);
        a.put(null, null);
        System.out.println("with nulls equals " + a.equals(b) + " hash " + a.hashCode());
        a.remove(null);
        a.put("extra", null);
        System.out.println("null value vs missing " + a.equals(b) + " " + a.keySet().equals(b.keySet()));
        System.out.println("keySet hash " + a.keySet().hashCode() + " entrySet hash " + a.entrySet().hashCode()
                + " values " + a.values());
    }
}
