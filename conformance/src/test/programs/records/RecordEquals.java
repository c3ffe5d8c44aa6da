package records;

/**
 * The generated equals: same record class, components equal as the wrapper's compare says for primitives (NaN
 * equals NaN, 0.0 differs from -0.0) and as Objects.equals says for references.
 */
public class RecordEquals {
    record Point(int x, int y) {}
    record OtherPoint(int x, int y) {}
    record Floats(float f, double d) {}
    record Mixed(long j, char c, boolean z, String s, Object o) {}
    record Empty() {}

    static void eq(String label, Object a, Object b) {
        System.out.println(label + ": " + a.equals(b) + " " + (b != null && b.equals(a)));
    }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        eq("same", p, p);
        eq("equal", p, new Point(1, 2));
        eq("x differs", p, new Point(0, 2));
        eq("y differs", p, new Point(1, 3));
        eq("other record", p, new OtherPoint(1, 2));
        eq("string", p, "Point[x=1, y=2]");
        System.out.println("null: " + p.equals(null));
        eq("NaN", new Floats(Float.NaN, Double.NaN), new Floats(Float.NaN, Double.NaN));
        eq("NaN bits", new Floats(Float.intBitsToFloat(0x7fc00001), 0), new Floats(Float.NaN, 0));
        eq("zeros f", new Floats(0.0f, 1), new Floats(-0.0f, 1));
        eq("zeros d", new Floats(1, 0.0), new Floats(1, -0.0));
        eq("one", new Floats(1, 1), new Floats(1.0f, 1.0));
        eq("inf", new Floats(Float.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), new Floats(Float.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        Mixed m = new Mixed(1L << 33, 'c', true, "s", 5);
        eq("mixed equal", m, new Mixed(1L << 33, 'c', true, new String("s"), Integer.valueOf(5)));
        eq("long differs high bits", m, new Mixed(1L << 34, 'c', true, "s", 5));
        eq("char differs", m, new Mixed(1L << 33, 'd', true, "s", 5));
        eq("boolean differs", m, new Mixed(1L << 33, 'c', false, "s", 5));
        eq("string differs", m, new Mixed(1L << 33, 'c', true, "t", 5));
        eq("null string", m, new Mixed(1L << 33, 'c', true, null, 5));
        eq("both null", new Mixed(0, 'a', false, null, null), new Mixed(0, 'a', false, null, null));
        eq("object type differs", m, new Mixed(1L << 33, 'c', true, "s", 5L));
        eq("nested records", new Mixed(0, 'a', false, "x", new Point(1, 1)), new Mixed(0, 'a', false, "x", new Point(1, 1)));
        eq("empty", new Empty(), new Empty());
        Object[] all = {p, new Point(1, 2), new OtherPoint(1, 2), new Empty(), new Empty(), m};
        for (int i = 0; i < all.length; i++) {
            StringBuilder row = new StringBuilder();
            for (Object other : all) row.append(all[i].equals(other) ? '1' : '0');
            System.out.println("row " + i + " " + row);
        }
    }
}
