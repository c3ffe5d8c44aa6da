package records;

/** Records as keys of a small hash table and elements of a sorted array, relying on equals, hashCode, compareTo. */
public class RecordTable {
    record Key(String name, int version) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = name.compareTo(o.name);
            return c != 0 ? c : Integer.compare(version, o.version);
        }
    }

    static final class Table {
        private final Key[] keys = new Key[64];
        private final int[] values = new int[64];
        private int size;

        void put(Key k, int v) {
            int slot = slot(k);
            if (keys[slot] == null) size++;
            keys[slot] = k;
            values[slot] = v;
        }

        int get(Key k, int missing) {
            int slot = slot(k);
            return keys[slot] == null ? missing : values[slot];
        }

        private int slot(Key k) {
            int i = (k.hashCode() & 0x7fffffff) % keys.length;
            while (keys[i] != null && !keys[i].equals(k)) i = (i + 1) % keys.length;
            return i;
        }

        int size() { return size; }
    }

    public static void main(String[] args) {
        Table t = new Table();
        String[] names = {"alpha", "beta", "gamma", "delta"};
        for (int v = 1; v <= 3; v++) {
            for (String n : names) t.put(new Key(n, v), n.length() * 10 + v);
        }
        t.put(new Key("beta", 2), -1);
        System.out.println("size " + t.size());
        for (String n : names) {
            for (int v = 0; v <= 4; v++) System.out.println(new Key(n, v) + " -> " + t.get(new Key(n, v), 0));
        }
        Key[] sorted = {new Key("m", 2), new Key("a", 9), new Key("m", 1), new Key("z", 0), new Key("a", 1)};
        for (int i = 1; i < sorted.length; i++) {
            for (int j = i; j > 0 && sorted[j - 1].compareTo(sorted[j]) > 0; j--) {
                Key tmp = sorted[j];
                sorted[j] = sorted[j - 1];
                sorted[j - 1] = tmp;
            }
        }
        for (Key k : sorted) System.out.println("sorted " + k + " hash " + k.hashCode());
    }
}
