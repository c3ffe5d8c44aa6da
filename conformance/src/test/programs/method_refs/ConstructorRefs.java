package method_refs;

/** Constructor references: classes, overloads, inner classes capturing the outer object, and arrays. */
public class ConstructorRefs {
    interface Sup<T> { T get(); }
    interface Fn<T, R> { R apply(T t); }
    interface BiFn<A, B, R> { R apply(A a, B b); }
    interface IntFn<R> { R apply(int n); }

    static class Point {
        final int x;
        final int y;
        static int made;

        Point() { this(0, 0); }
        Point(int x, int y) { this.x = x; this.y = y; made++; }
        Point(String text) { this(text.length(), text.isEmpty() ? 0 : text.charAt(0)); }

        @Override
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    private final String prefix;

    ConstructorRefs(String prefix) { this.prefix = prefix; }

    class Label {
        final String text;
        Label(String text) { this.text = prefix + text; }
    }

    Fn<String, Label> labels() { return Label::new; }

    public static void main(String[] args) {
        Sup<Point> origin = Point::new;
        BiFn<Integer, Integer, Point> xy = Point::new;
        Fn<String, Point> fromText = Point::new;
        System.out.println(origin.get() + " " + xy.apply(3, -4) + " " + fromText.apply("hi") + " " + fromText.apply(""));
        System.out.println("made " + Point.made);
        System.out.println("fresh " + (origin.get() != origin.get()));

        Sup<StringBuilder> sb = StringBuilder::new;
        Fn<String, StringBuilder> sbFrom = StringBuilder::new;
        System.out.println("sb [" + sb.get().append(1).append('x') + "] [" + sbFrom.apply("seed").reverse() + "]");
        Fn<char[], String> fromChars = String::new;
        System.out.println("string " + fromChars.apply(new char[] {'k', 'i', 'l', 'n'}));

        ConstructorRefs outer = new ConstructorRefs("outer:");
        Label l = outer.labels().apply("label");
        System.out.println(l.text);

        IntFn<int[]> ints = int[]::new;
        IntFn<String[]> strings = String[]::new;
        IntFn<Point[][]> grid = Point[][]::new;
        IntFn<long[]> longs = long[]::new;
        int[] a = ints.apply(5);
        String[] s = strings.apply(3);
        Point[][] g = grid.apply(2);
        long[] ls = longs.apply(0);
        a[4] = 9;
        System.out.println("arrays " + a.length + " " + a[4] + " " + a[0] + " " + s.length + " " + s[1] + " " + g.length + " " + g[0] + " " + ls.length);
        Fn<Integer, double[]> doubles = double[]::new;
        System.out.println("boxed length " + doubles.apply(7).length);
    }
}
