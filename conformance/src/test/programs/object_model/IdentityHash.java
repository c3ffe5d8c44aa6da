package object_model;

/**
 * Identity hash codes: stable for an object's lifetime, distinct in practice, the same through
 * Object.hashCode and System.identityHashCode. The values themselves differ from the JVM's, so only their
 * relations are printed.
 */
public class IdentityHash {
    static class Plain {
        int value;
    }

    static class FixedHash {
        @Override
        public int hashCode() {
            return 42;
        }
    }

    static Object pick(Object[] objects, int i) {
        return objects[i];
    }

    public static void main(String[] args) {
        Object a = new Object();
        Object b = new Object();
        int ha = a.hashCode();
        System.out.println("stable hashCode: " + (a.hashCode() == ha && a.hashCode() == ha));
        System.out.println("hashCode == identityHashCode: " + (ha == System.identityHashCode(a)));
        System.out.println("identityHashCode first, then hashCode: " + (System.identityHashCode(b) == b.hashCode()));
        System.out.println("two objects differ: " + (a.hashCode() != b.hashCode()));
        System.out.println("identityHashCode(null): " + System.identityHashCode(null));

        Object[] many = new Object[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = (i % 3 == 0) ? new Plain() : (i % 3 == 1) ? new int[i] : "s" + i;
        }
        int[] hashes = new int[many.length];
        for (int i = 0; i < many.length; i++) {
            hashes[i] = System.identityHashCode(pick(many, i));
        }
        int zero = 0;
        int changed = 0;
        for (int i = 0; i < many.length; i++) {
            if (hashes[i] == 0) zero++;
            if (System.identityHashCode(many[i]) != hashes[i]) changed++;
        }
        System.out.println("zero hashes: " + zero);
        System.out.println("changed hashes: " + changed);
        int collisions = 0;
        for (int i = 0; i < hashes.length; i++) {
            for (int j = i + 1; j < hashes.length; j++) {
                if (hashes[i] == hashes[j]) collisions++;
            }
        }
        System.out.println("collisions among 1000 (at most 2): " + (collisions <= 2));

        Plain p = new Plain();
        int before = System.identityHashCode(p);
        p.value = 17;
        System.out.println("field change keeps hash: " + (System.identityHashCode(p) == before));

        FixedHash f = new FixedHash();
        System.out.println("overridden hashCode: " + f.hashCode());
        System.out.println("identityHashCode ignores the override: " + (System.identityHashCode(f) != f.hashCode()));
        System.out.println("identity of overriding object stable: " + (System.identityHashCode(f) == System.identityHashCode(f)));

        String s1 = "literal";
        String s2 = "literal";
        System.out.println("same literal, same identity hash: " + (System.identityHashCode(s1) == System.identityHashCode(s2)));
        String built = new StringBuilder("lit").append("eral").toString();
        System.out.println("equal strings, equal hashCode: " + (s1.hashCode() == built.hashCode()));
        System.out.println("String.hashCode is not the identity hash: " + (s1.hashCode() == "literal".hashCode()));

        int[] arr = {1, 2, 3};
        int arrHash = arr.hashCode();
        arr[0] = 99;
        System.out.println("array hash stable after store: " + (arr.hashCode() == arrHash));
        System.out.println("array hashCode is identity: " + (arr.hashCode() == System.identityHashCode(arr)));
        int[] copy = arr.clone();
        System.out.println("clone has its own identity: " + (System.identityHashCode(copy) != arrHash));
    }
}
