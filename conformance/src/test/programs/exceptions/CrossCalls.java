package exceptions;

/** Exceptions crossing static, virtual and interface calls, constructors and instance methods; state after. */
public class CrossCalls {
    interface Step {
        int run(int x);
    }

    static class Doubler implements Step {
        public int run(int x) {
            if (x > 1000) throw new IllegalArgumentException("too big: " + x);
            return x * 2;
        }
    }

    static abstract class Shape {
        abstract int area();

        int checkedArea() {
            int a = area();
            if (a < 0) throw new IllegalStateException(getClass().getName() + " has negative area " + a);
            return a;
        }
    }

    static class Rect extends Shape {
        final int w;
        final int h;

        Rect(int w, int h) {
            if (w == 0 || h == 0) throw new IllegalArgumentException("empty rect " + w + "x" + h);
            this.w = w;
            this.h = h;
        }

        int area() { return w * h; }
    }

    static int chain(Step step, int x, int times) {
        for (int i = 0; i < times; i++) x = step.run(x);
        return x;
    }

    static int counter;

    int instanceCounter;

    void bump(int limit) {
        instanceCounter++;
        if (instanceCounter > limit) throw new RuntimeException("instance limit " + limit);
        bump(limit);
    }

    static void staticBump(int limit) {
        counter++;
        if (counter > limit) throw new RuntimeException("static limit " + limit);
        staticBump(limit);
    }

    public static void main(String[] args) {
        Step d = new Doubler();
        try {
            System.out.println("chain 3: " + chain(d, 1, 3));
            System.out.println("chain 20: " + chain(d, 1, 20));
        } catch (IllegalArgumentException e) {
            System.out.println("chain failed: " + e.getMessage());
        }
        Shape[] shapes = {new Rect(2, 3), new Rect(-1, 4), new Rect(5, 5)};
        for (Shape s : shapes) {
            try {
                System.out.println("area " + s.checkedArea());
            } catch (IllegalStateException e) {
                System.out.println("bad shape: " + e.getMessage());
            }
        }
        try {
            Shape s = new Rect(0, 3);
            System.out.println("unexpected " + s.area());
        } catch (IllegalArgumentException e) {
            System.out.println("constructor failed: " + e.getMessage());
        }
        CrossCalls c = new CrossCalls();
        try {
            c.bump(50);
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " after " + c.instanceCounter);
        }
        try {
            staticBump(70);
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " after " + counter);
        }
        Step anonymous = new Step() {
            public int run(int x) {
                if (x == 3) throw new UnsupportedOperationException("three");
                return x + 1;
            }
        };
        try {
            System.out.println("anonymous " + chain(anonymous, 0, 5));
        } catch (UnsupportedOperationException e) {
            System.out.println("anonymous failed: " + e.getMessage());
        }
    }
}
