package collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * java.util.IdentityHashMap (keys compared with ==, so equal but distinct keys are separate entries; its
 * iteration order follows identity hash codes, so only sorted views are printed) and WeakHashMap as a map
 * (no garbage collection is expected while the program holds every key): null keys, resizing, views,
 * equals against HashMap, and the entry semantics that differ between the two.
 */
public class IdentityAndWeakMaps {
    record Name(String value) {}

    public static void main(String[] args) {
        IdentityHashMap<Object, String> id = new IdentityHashMap<>();
        String a1 = new String("key");
        String a2 = new String("key");
        Name n1 = new Name("x");
        Name n2 = new Name("x");
        System.out.println("put a1 " + id.put(a1, "first") + " put a2 " + id.put(a2, "second") + " put a1 again "
                + id.put(a1, "third") + " size " + id.size());
        System.out.println("get a1 " + id.get(a1) + " get a2 " + id.get(a2) + " get literal " + id.get("key")
                + " containsKey equal copy " + id.containsKey(new String("key")));
        id.put(n1, "n1");
        id.put(n2, "n2");
        id.put(null, "null key");
        Integer big1 = 1000;
        Integer big2 = 1000;
        id.put(big1, "big1");
        id.put(big2, "big2");
        System.out.println("records separate " + id.get(n1) + " " + id.get(n2) + " get(new Name) "
                + id.get(new Name("x")) + " null " + id.get(null) + " boxes " + id.get(big1) + " " + id.get(big2)
                + " size " + id.size());
        System.out.println("containsValue second " + id.containsValue("second") + " containsValue new String "
                + id.containsValue(new String("second")));
        System.out.println("sorted values " + sorted(id.values()));
        System.out.println("remove a2 " + id.remove(a2) + " remove copy " + id.remove(new String("key")) + " size "
                + id.size());
        int count = 0;
        Iterator<Map.Entry<Object, String>> it = id.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Object, String> e = it.next();
            if (e.getKey() instanceof Name) {
                e.setValue(e.getValue().toUpperCase());
                count++;
            } else if (e.getKey() == null) {
                it.remove();
            }
        }
        System.out.println("updated " + count + " sorted values " + sorted(id.values()) + " size " + id.size());
        IdentityHashMap<Object, String> many = new IdentityHashMap<>(2);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Object k = new Name("k" + (i % 10));
            keys.add(k);
            many.put(k, "v" + i);
        }
        int hits = 0;
        for (int i = 0; i < keys.size(); i += 7) if (("v" + i).equals(many.get(keys.get(i)))) hits++;
        System.out.println("many size " + many.size() + " hits " + hits + " get(equal record) " + many.get(new Name("k3")));
        for (int i = 0; i < keys.size(); i += 2) many.remove(keys.get(i));
        System.out.println("after removals " + many.size() + " contains " + many.containsKey(keys.get(1)) + " "
                + many.containsKey(keys.get(2)));
        IdentityHashMap<String, Integer> lits = new IdentityHashMap<>();
        lits.put("lit", 1);
        System.out.println("literals are one object: " + lits.get("lit") + " equals HashMap " + lits.equals(Map.of("lit", 1))
                + " HashMap equals it " + new java.util.HashMap<>(Map.of("lit", 1)).equals(lits));
        IdentityHashMap<String, Integer> copyKey = new IdentityHashMap<>();
        copyKey.put(new String("lit"), 1);
        System.out.println("distinct key equals " + copyKey.equals(lits) + " toString " + copyKey);
        @SuppressWarnings("unchecked")
        IdentityHashMap<Object, String> clone = (IdentityHashMap<Object, String>) id.clone();
        clone.clear();
        System.out.println("clone cleared " + clone.isEmpty() + " original " + id.size());

        WeakHashMap<String, Integer> weak = new WeakHashMap<>();
        List<String> strong = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String k = "w" + i;
            strong.add(k);
            weak.put(k, i);
        }
        System.out.println("weak size " + weak.size() + " get w7 " + weak.get("w7") + " get by equal string "
                + weak.get(new String("w7")) + " containsValue 39 " + weak.containsValue(39));
        System.out.println("put null key " + weak.put(null, -1) + " get null " + weak.get(null) + " containsKey null "
                + weak.containsKey(null) + " remove null " + weak.remove(null));
        weak.keySet().removeIf(k -> k.endsWith("3"));
        weak.values().removeIf(v -> v > 30);
        System.out.println("after view removals " + weak.size() + " sorted keys " + sorted(weak.keySet()));
        weak.replaceAll((k, v) -> v * 2);
        weak.merge("w1", 100, Integer::sum);
        weak.computeIfAbsent("fresh", k -> 5);
        System.out.println("defaults w1 " + weak.get("w1") + " w2 " + weak.get("w2") + " fresh " + weak.get("fresh"));
        java.util.HashMap<String, Integer> hm = new java.util.HashMap<>(weak);
        System.out.println("equals HashMap " + weak.equals(hm) + " hash " + (weak.hashCode() == hm.hashCode()));
        weak.clear();
        System.out.println("cleared " + weak.size() + " " + weak.isEmpty() + " strong refs kept " + strong.size());
    }

    static List<String> sorted(java.util.Collection<?> values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) out.add(String.valueOf(v));
        Collections.sort(out);
        return out;
    }
}
