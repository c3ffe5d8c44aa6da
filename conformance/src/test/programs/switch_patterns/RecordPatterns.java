package switch_patterns;

// kiln:release=21
/** Record patterns, nested, over a sealed hierarchy (exhaustive without default), in switch and instanceof. */
public class RecordPatterns {
    sealed interface Shape permits Circle, Rect, Group {}
    record Point(int x, int y) {}
    record Circle(Point center, int radius) implements Shape {}
    record Rect(Point topLeft, Point bottomRight) implements Shape {}
    record Group(Shape first, Shape second) implements Shape {}
    record Box(Object content) {}
    record Pair<A, B>(A left, B right) {}

    static int area(Shape s) {
        return switch (s) {
            case Circle(Point c, int r) -> 3 * r * r;
            case Rect(Point(int x1, int y1), Point(int x2, int y2)) -> Math.abs((x2 - x1) * (y2 - y1));
            case Group(Shape a, Shape b) -> area(a) + area(b);
        };
    }

    static String describe(Shape s) {
        return switch (s) {
            case Circle(Point(var x, var y), var r) when r == 0 -> "dot at " + x + "," + y;
            case Circle(Point p, int r) -> "circle r=" + r + " at " + p;
            case Rect(Point a, Point b) when a.equals(b) -> "degenerate rect";
            case Rect r -> "rect " + r.topLeft() + "-" + r.bottomRight();
            case Group(Circle c, Circle d) -> "two circles";
            case Group g -> "group of " + describe(g.first()) + " and " + describe(g.second());
        };
    }

    static String unbox(Object o) {
        return switch (o) {
            case Box(String s) -> "box of string " + s;
            case Box(Integer i) when i > 10 -> "box of big int " + i;
            case Box(Box(var inner)) -> "box of box of " + inner;
            case Box(var other) -> "box of " + other;
            case Pair(String a, String b) -> "string pair " + a + b;
            case Pair(Integer a, Integer b) -> "int pair " + (a + b);
            case Pair(var a, var b) -> "pair " + a + "/" + b;
            default -> "not boxed";
        };
    }

    public static void main(String[] args) {
        Shape[] shapes = {
            new Circle(new Point(1, 2), 3),
            new Circle(new Point(5, 5), 0),
            new Rect(new Point(0, 0), new Point(4, -5)),
            new Rect(new Point(2, 2), new Point(2, 2)),
            new Group(new Circle(new Point(0, 0), 1), new Circle(new Point(1, 1), 2)),
            new Group(new Rect(new Point(0, 0), new Point(1, 1)), new Group(new Circle(new Point(0, 0), 1), new Rect(new Point(1, 1), new Point(3, 3)))),
        };
        for (Shape s : shapes) System.out.println(area(s) + " " + describe(s));
        Object[] boxes = {new Box("s"), new Box(5), new Box(50), new Box(new Box(new Box(1))), new Box(null), new Pair<>("a", "b"),
            new Pair<>(2, 3), new Pair<>("x", 1), new Pair<>(null, null), "plain"};
        for (Object b : boxes) System.out.println(unbox(b));
        Object o = new Circle(new Point(7, 8), 9);
        if (o instanceof Circle(Point(int x, int y), int r) && r > 5) System.out.println("instanceof " + x + " " + y + " " + r);
        if (!(o instanceof Rect(Point a, Point b))) System.out.println("not a rect");
    }
}
