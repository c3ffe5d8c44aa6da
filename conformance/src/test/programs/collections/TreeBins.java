package collections;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keys whose hash codes collide fill one HashMap bin until it becomes a red-black tree. How the tree orders
 * them, and so the iteration order after removals, depends on whether the key's class declares
 * Comparable of itself (HashMap.comparableClassFor, answered by Kiln from the class's generic signature):
 * with the wrong answer the order would follow identity hash codes and differ from the JVM's.
 */
public class TreeBins {
    /** Comparable to itself: the tree orders by compareTo. */
    static final class SelfKey implements Comparable<SelfKey> {
        final int id;
        SelfKey(int id) { this.id = id; }
        @Override public int hashCode() { return 7; }
        @Override public boolean equals(Object o) { return o instanceof SelfKey k && k.id == id; }
        @Override public int compareTo(SelfKey o) { return Integer.compare(o.id, id); }
        @Override public String toString() { return "S" + id; }
    }

    /** Comparable, but to Object: the tree falls back to class names and identity hashes' order of insertion. */
    static final class LooseKey implements Comparable<Object> {
        final int id;
        LooseKey(int id) { this.id = id; }
        @Override public int hashCode() { return 7; }
        @Override public boolean equals(Object o) { return o instanceof LooseKey k && k.id == id; }
        @Override public int compareTo(Object o) { return Integer.compare(((LooseKey) o).id, id); }
        @Override public String toString() { return "L" + id; }
    }

    /**
     * Inherits Comparable<SelfKeyBase> from its superclass: not declared directly, so the tree orders by
     * identity hash codes, which differ between JVMs; only lookups are printed.
     */
    static class SelfKeyBase implements Comparable<SelfKeyBase> {
        final int id;
        SelfKeyBase(int id) { this.id = id; }
        @Override public int hashCode() { return 7; }
        @Override public boolean equals(Object o) { return o instanceof SelfKeyBase k && k.id == id; }
        @Override public int compareTo(SelfKeyBase o) { return Integer.compare(o.id, id); }
        @Override public String toString() { return "B" + id; }
    }

    static final class Derived extends SelfKeyBase {
        Derived(int id) { super(id); }
    }

    public static void main(String[] args) {
        int[] order = {5, 17, 3, 11, 29, 2, 23, 13, 19, 7, 31, 1, 37, 41, 43};
        Map<Object, Integer> self = new HashMap<>(256);
        Map<Object, Integer> loose = new HashMap<>(256);
        Map<Object, Integer> derived = new HashMap<>(256);
        for (int id : order) {
            self.put(new SelfKey(id), id);
            loose.put(new LooseKey(id), id);
            derived.put(new Derived(id), id);
        }
        print("self", self);
        System.out.println("derived size " + derived.size() + " get(B13) " + derived.get(new Derived(13)));
        System.out.println("loose size " + loose.size() + " get(L13) " + loose.get(new LooseKey(13)));
        for (int id : new int[] {13, 2, 41, 5, 31, 17, 3, 29, 11}) {
            self.remove(new SelfKey(id));
            derived.remove(new Derived(id));
        }
        print("self after removals", self);
        System.out.println("derived after removals " + derived.size() + " " + derived.containsKey(new Derived(23))
                + " " + derived.containsKey(new Derived(13)));
        Iterator<Object> it = self.keySet().iterator();
        it.next();
        it.remove();
        print("self after iterator removal", self);
    }

    static void print(String label, Map<Object, Integer> m) {
        StringBuilder sb = new StringBuilder(label).append(':');
        for (Map.Entry<Object, Integer> e : m.entrySet()) sb.append(' ').append(e.getKey());
        System.out.println(sb);
    }
}
