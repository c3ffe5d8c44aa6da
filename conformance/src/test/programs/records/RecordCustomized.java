package records;

/**
 * Records that declare some members themselves: compact and extra constructors, an overridden accessor (the
 * generated methods read the field, not the accessor), explicit toString/equals/hashCode, static members and
 * interfaces.
 */
public class RecordCustomized {
    interface Shape { double area(); }

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) {
                int t = lo;
                lo = hi;
                hi = t;
            }
        }

        Range(int single) { this(single, single); }

        int length() { return hi - lo; }

        static Range of(int a, int b) { return new Range(a, b); }
    }

    record Shouting(String word) {
        @Override public String word() { return word.toUpperCase(); }
    }

    record Rect(double w, double h) implements Shape, Comparable<Rect> {
        public double area() { return w * h; }
        public int compareTo(Rect o) { return Double.compare(area(), o.area()); }
    }

    record Named(String name, int id) {
        @Override public String toString() { return "#" + id + ":" + name; }
    }

    record ById(String name, int id) {
        @Override public boolean equals(Object o) { return o instanceof ById b && b.id == id; }
        @Override public int hashCode() { return id; }
    }

    record Counter(int start) {
        static int created;
        Counter { created++; }
    }

    public static void main(String[] args) {
        Range r = new Range(9, 3);
        System.out.println(r + " length " + r.length() + " " + new Range(5) + " " + Range.of(-1, 1));
        System.out.println("equal after swap " + r.equals(new Range(3, 9)) + " " + (r.hashCode() == new Range(3, 9).hashCode()));
        Shouting s = new Shouting("quiet");
        System.out.println(s + " accessor " + s.word() + " equals " + s.equals(new Shouting("quiet")) + " " + s.equals(new Shouting("QUIET")));
        Rect a = new Rect(2, 3);
        Rect b = new Rect(1, 7);
        Shape shape = a;
        System.out.println(a + " area " + shape.area() + " cmp " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new Rect(3, 2)));
        System.out.println(new Named("n", 4) + " " + new Named("n", 4).equals(new Named("n", 4)) + " " + new Named("n", 4).hashCode());
        ById x = new ById("one", 1);
        System.out.println(x + " " + x.equals(new ById("uno", 1)) + " " + x.equals(new ById("one", 2)) + " " + x.hashCode());
        for (int k = 0; k < 3; k++) new Counter(k);
        System.out.println("created " + Counter.created + " " + new Counter(8));
    }
}
