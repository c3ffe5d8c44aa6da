package class_versions;

/**
 * Class file version 61 (Java 17, the default release): sealed hierarchies (PermittedSubclasses attributes),
 * pattern matching for instanceof, switch expressions with yield, and text blocks; all but the attributes
 * compile to ordinary bytecode, which must keep its meaning.
 */
public class Sealed17 {
    sealed interface Shape permits Circle, Rect, Polygon {
    }

    static final class Circle implements Shape {
        final int r;

        Circle(int r) {
            this.r = r;
        }
    }

    static final class Rect implements Shape {
        final int w;
        final int h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }
    }

    static non-sealed class Polygon implements Shape {
        int sides() {
            return 5;
        }
    }

    static class Hexagon extends Polygon {
        @Override
        int sides() {
            return 6;
        }
    }

    static String describe(Shape s) {
        if (s instanceof Circle c && c.r > 10) return "big circle " + c.r;
        if (s instanceof Circle c) return "circle " + c.r;
        if (s instanceof Rect r) return "rect " + r.w + "x" + r.h + (r.w == r.h ? " (square)" : "");
        if (!(s instanceof Polygon p)) return "unknown";
        return "polygon with " + p.sides() + " sides";
    }

    static int weight(int day) {
        return switch (day) {
            case 1, 7 -> 0;
            case 2, 3, 4 -> {
                int w = day * 10;
                yield w + 1;
            }
            default -> {
                if (day < 0) yield -1;
                yield day;
            }
        };
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(3), new Circle(30), new Rect(2, 5), new Rect(4, 4), new Polygon(), new Hexagon()};
        for (Shape s : shapes) System.out.println(describe(s));
        for (int d = -1; d <= 8; d++) System.out.print(weight(d) + " ");
        System.out.println();
        String block = """
                first line
                  indented "quoted"
                last\tline\
                 joined
                """;
        System.out.print(block);
        System.out.println("block length " + block.length());
    }
}
