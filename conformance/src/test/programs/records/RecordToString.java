package records;

/** The generated toString: simple name, components in order, each printed as String.valueOf prints it. */
public class RecordToString {
    record Empty() {}
    record Point(int x, int y) {}
    record AllPrimitives(boolean z, byte b, short s, char c, int i, long j, float f, double d) {}
    record Refs(String text, Object any, Point point, Empty empty) {}
    record Generic<T>(T value, String label) {}
    record Nested(Point a, Generic<Point> b) {}

    static class Custom {
        @Override
        public String toString() { return "custom!"; }
    }

    public static void main(String[] args) {
        System.out.println(new Empty());
        System.out.println(new Point(1, -2));
        System.out.println(new Point(Integer.MIN_VALUE, Integer.MAX_VALUE));
        System.out.println(new AllPrimitives(true, (byte) -1, (short) 1000, 'x', 42, -7L, 1.25f, 0.5));
        System.out.println(new AllPrimitives(false, Byte.MAX_VALUE, Short.MIN_VALUE, '\u00fc', 0, Long.MIN_VALUE, -0.0f, -0.0));
        System.out.println(new AllPrimitives(false, (byte) 0, (short) 0, ' ', 0, 0, Float.NaN, Double.NEGATIVE_INFINITY));
        System.out.println(new Refs("hello", 12, new Point(3, 4), new Empty()));
        System.out.println(new Refs(null, null, null, null));
        System.out.println(new Refs("", new Custom(), new Point(0, 0), null));
        System.out.println(new Refs("quote\"s", 'c', null, new Empty()));
        System.out.println(new Generic<>(new Point(5, 6), "gen"));
        System.out.println(new Generic<>("text", null));
        System.out.println(new Generic<>(new StringBuilder("sb"), "builder"));
        System.out.println(new Nested(new Point(1, 1), new Generic<>(new Point(2, 2), "inner")));
        record Local(String what, int n) {}
        System.out.println(new Local("local", 7));
        Object o = new Point(9, 9);
        System.out.println("as object " + o + " " + o.toString().length());
        String concat = "concat " + new Point(10, 20) + new Empty();
        System.out.println(concat);
    }
}
