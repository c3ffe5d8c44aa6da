package exceptions;

/**
 * Stack traces through small methods Kiln's optimizer copies into their callers: a getter that dereferences null, a
 * bounds check in a one-line accessor, a constructor that validates its argument, a static helper two levels deep,
 * an accessor called in a loop, a devirtualised interface call, and a small method called from a lambda, each called
 * outside a try block by a method whose caller catches. Every frame must show, with the line of the throwing
 * instruction in the small method and of the call in each caller.
 */
public class InlinedFrames {
    interface Shape {
        int area();
    }

    static final class Square implements Shape {
        final int side;

        Square(int side) {
            if (side < 0) throw new IllegalArgumentException("negative side " + side);
            this.side = side;
        }

        public int area() {
            return side * side / (side - 3);
        }
    }

    static final class Box {
        Box next;
        int[] values = {1, 2, 3};

        int nextValue() {
            return next.values[0];
        }

        int at(int i) {
            return values[i];
        }
    }

    static int twice(Box b, int i) {
        return b.at(i) * 2;
    }

    static int deep(Box b, int i) {
        return twice(b, i) + 1;
    }

    static Square make(int side) {
        return new Square(side);
    }

    static int areaOf(Shape s) {
        return s.area() + 1;
    }

    static int viaHelper(Box b) {
        return b.nextValue();
    }

    static void show(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("exceptions.")) System.out.println("  at " + e);
        }
    }

    public static void main(String[] args) {
        Box box = new Box();
        try {
            System.out.println(box.nextValue());
        } catch (NullPointerException e) {
            show(e);
        }
        try {
            System.out.println(deep(box, 5));
        } catch (ArrayIndexOutOfBoundsException e) {
            show(e);
        }
        int sum = 0;
        try {
            for (int i = 0; i < 10; i++) sum += box.at(i);
        } catch (ArrayIndexOutOfBoundsException e) {
            show(e);
        }
        System.out.println("sum " + sum);
        try {
            new Square(-2);
        } catch (IllegalArgumentException e) {
            show(e);
        }
        Shape shape = new Square(3);
        try {
            System.out.println(shape.area());
        } catch (ArithmeticException e) {
            show(e);
        }
        Runnable r = () -> System.out.println(box.nextValue());
        try {
            r.run();
        } catch (NullPointerException e) {
            show(e);
        }
        try {
            System.out.println(viaHelper(box));
        } catch (NullPointerException e) {
            show(e);
        }
        try {
            make(-7);
        } catch (IllegalArgumentException e) {
            show(e);
        }
        try {
            System.out.println(areaOf(shape));
        } catch (ArithmeticException e) {
            show(e);
        }
        box.next = box;
        System.out.println(viaHelper(box) + areaOf(make(4)));
        System.out.println(box.nextValue() + deep(box, 2) + new Square(5).area());
    }
}
