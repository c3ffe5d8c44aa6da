package inheritance;

/** invokevirtual picks the most specific override at run time, through every static type in the chain. */
public class VirtualDispatch {
    static class Shape {
        String name() { return "shape"; }
        double area() { return 0; }
        String describe() { return name() + " with area " + area(); }
    }

    static class Rect extends Shape {
        final double w;
        final double h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }

        @Override
        String name() { return "rect"; }

        @Override
        double area() { return w * h; }
    }

    static class Square extends Rect {
        Square(double s) { super(s, s); }

        @Override
        String name() { return "square"; }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) { this.r = r; }

        @Override
        String name() { return "circle"; }

        @Override
        double area() { return 3 * r * r; }

        @Override
        String describe() { return "round " + super.describe(); }
    }

    static class Counter {
        int hits;
        void hit() { hits++; }
    }

    static class DoubleCounter extends Counter {
        @Override
        void hit() {
            super.hit();
            super.hit();
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Shape(), new Rect(2, 3.5), new Square(4), new Circle(1.5)};
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        Rect r = new Square(3);
        System.out.println(r.name() + " " + r.area() + " " + r.w);
        double total = 0;
        for (int i = 0; i < 100; i++) {
            total += shapes[i % shapes.length].area();
        }
        System.out.println("total " + total);
        Counter[] counters = {new Counter(), new DoubleCounter(), new Counter()};
        for (int round = 0; round < 5; round++) {
            for (Counter c : counters) {
                c.hit();
            }
        }
        System.out.println(counters[0].hits + " " + counters[1].hits + " " + counters[2].hits);
        Object o = new Circle(2);
        System.out.println(((Shape) o).describe());
    }
}
