package lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records as library values: equals/hashCode/toString with primitive, array, null and nested record
 * components (doubles compared as Double.compare does), compact constructors that validate and
 * normalize, extra constructors and static factories, records as HashSet/HashMap keys and in a TreeSet
 * through Comparable, and generic records.
 */
public class RecordSemantics {
    record Point(int x, int y) {
    }

    record Line(Point from, Point to) {
        double length() {
            return Math.sqrt(Math.pow(to.x() - from.x(), 2) + Math.pow(to.y() - from.y(), 2));
        }
    }

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) {
                throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
            }
        }

        Range(int single) {
            this(single, single);
        }
    }

    record Name(String first, String last) implements Comparable<Name> {
        Name {
            first = first.strip();
            last = last == null ? "" : last.toUpperCase();
        }

        static Name of(String full) {
            int sp = full.indexOf(' ');
            return new Name(full.substring(0, sp), full.substring(sp + 1));
        }

        public int compareTo(Name o) {
            int c = last.compareTo(o.last);
            return c != 0 ? c : first.compareTo(o.first);
        }
    }

    record Measure(double value, float weight, long id, boolean flag, char tag, byte b, short s) {
    }

    record Holder(int[] data, String label) {
    }

    record Pair<A, B>(A first, B second) {
    }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        Point q = new Point(1, 2);
        System.out.println(p + " equals " + p.equals(q) + " hash same " + (p.hashCode() == q.hashCode()) + " hash " + p.hashCode());
        Line line = new Line(new Point(0, 0), new Point(3, 4));
        System.out.println(line + " length " + line.length() + " hash " + line.hashCode() + " equals " + line.equals(new Line(new Point(0, 0), new Point(3, 4))));
        System.out.println(new Range(5) + " " + new Range(2, 9));
        try {
            new Range(9, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor: " + e.getMessage());
        }
        Name n = new Name("  ada ", "lovelace");
        System.out.println(n + " first [" + n.first() + "] " + Name.of("alan turing") + " null last " + new Name("x", null));
        Measure m1 = new Measure(Double.NaN, -0.0f, 7L, true, 'z', (byte) 1, (short) 2);
        Measure m2 = new Measure(Double.NaN, -0.0f, 7L, true, 'z', (byte) 1, (short) 2);
        Measure m3 = new Measure(Double.NaN, 0.0f, 7L, true, 'z', (byte) 1, (short) 2);
        System.out.println(m1 + " nan equals " + m1.equals(m2) + " zero differs " + m1.equals(m3) + " hash " + m1.hashCode() + " " + m3.hashCode());
        int[] data = {1, 2};
        Holder h1 = new Holder(data, "a");
        Holder h2 = new Holder(new int[] {1, 2}, "a");
        System.out.println("array component equals by identity " + h1.equals(h2) + " same array " + h1.equals(new Holder(data, "a")));
        Holder nulls = new Holder(null, null);
        System.out.println("nulls " + nulls + " hash " + nulls.hashCode() + " equals " + nulls.equals(new Holder(null, null)));
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            set.add(new Point(i % 3, 0));
        }
        System.out.println("set size " + set.size() + " contains " + set.contains(new Point(2, 0)));
        Map<Point, String> map = new HashMap<>();
        map.put(new Point(1, 1), "one");
        map.put(new Point(1, 1), "uno");
        System.out.println("map " + map);
        TreeSet<Name> names = new TreeSet<>(List.of(Name.of("grace hopper"), Name.of("ada lovelace"), Name.of("alan turing"), Name.of("adam lovelace")));
        System.out.println("sorted " + names);
        Pair<String, List<Integer>> pair = new Pair<>("k", List.of(1, 2));
        System.out.println(pair + " " + pair.equals(new Pair<>("k", List.of(1, 2))) + " hash " + pair.hashCode());
        System.out.println("isRecord " + Point.class.isRecord() + " superclass " + Point.class.getSuperclass().getName() + " " + "str".getClass().isRecord());
    }
}
