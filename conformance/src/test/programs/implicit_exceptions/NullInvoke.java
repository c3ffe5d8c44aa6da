package implicit_exceptions;

/**
 * Calls on a null receiver: virtual, interface, private and inherited methods, every kind of parameter in
 * the method's description, unboxing, and a switch on a null string.
 */
public class NullInvoke {
    interface Shape {
        int area();
    }

    static class Square implements Shape {
        int side;

        public int area() {
            return side * side;
        }

        int scaled(int factor, long offset, double ratio, boolean flag, char c, byte b, short s, float f) {
            return side * factor;
        }

        Object[] mixed(String text, Object any, int[] numbers, String[][] table, Square other, Shape shape) {
            return null;
        }

        private int secret() {
            return 42;
        }

        static int peek(Square s) {
            return s.secret();
        }
    }

    static String describe(Object o) {
        return o.toString();
    }

    static int length(String s) {
        return s.length();
    }

    static int area(Shape s) {
        return s.area();
    }

    static int unbox(Integer boxed) {
        return boxed + 1;
    }

    static int unboxLong(Long boxed) {
        return (int) (long) boxed;
    }

    static String choose(String key) {
        switch (key) {
            case "one":
                return "1";
            case "two":
                return "2";
            default:
                return "?";
        }
    }

    static Square nothing() {
        return null;
    }

    public static void main(String[] args) {
        Square none = null;
        try {
            System.out.println(describe(null));
        } catch (NullPointerException e) {
            System.out.println("toString: " + e.getMessage());
        }
        try {
            System.out.println(length(null));
        } catch (NullPointerException e) {
            System.out.println("String: " + e.getMessage());
        }
        try {
            System.out.println(area(null));
        } catch (NullPointerException e) {
            System.out.println("interface: " + e.getMessage());
        }
        try {
            System.out.println(none.scaled(1, 2L, 3.0, true, 'c', (byte) 4, (short) 5, 6f));
        } catch (NullPointerException e) {
            System.out.println("primitives: " + e.getMessage());
        }
        try {
            System.out.println(none.mixed("a", "b", new int[1], new String[1][1], none, none).length);
        } catch (NullPointerException e) {
            System.out.println("references: " + e.getMessage());
        }
        try {
            System.out.println(Square.peek(null));
        } catch (NullPointerException e) {
            System.out.println("private: " + e.getMessage());
        }
        try {
            System.out.println(unbox(null));
        } catch (NullPointerException e) {
            System.out.println("unbox: " + e.getMessage());
        }
        try {
            System.out.println(unboxLong(null));
        } catch (NullPointerException e) {
            System.out.println("unbox long: " + e.getMessage());
        }
        try {
            System.out.println(choose(null));
        } catch (NullPointerException e) {
            System.out.println("switch: " + e.getMessage());
        }
        try {
            System.out.println(nothing().area());
        } catch (NullPointerException e) {
            System.out.println("call result: " + e.getMessage());
        }
        try {
            System.out.println(none.hashCode());
        } catch (NullPointerException e) {
            System.out.println("hashCode: " + e.getMessage());
        }
        try {
            System.out.println(none.equals(none));
        } catch (NullPointerException e) {
            System.out.println("equals: " + e.getMessage());
        }
        try {
            StringBuilder sb = null;
            sb.append("x").append(1);
        } catch (NullPointerException e) {
            System.out.println("StringBuilder: " + e.getMessage());
        }
        System.out.println("done");
    }
}
