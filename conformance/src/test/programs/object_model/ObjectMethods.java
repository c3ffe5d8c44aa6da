package object_model;

/**
 * java.lang.Object's toString, equals, hashCode and getClass, on classes whose hashCode is fixed so that
 * the default toString text is the JVM's.
 */
public class ObjectMethods {
    static class Fixed {
        private final int hash;

        Fixed(int hash) {
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static class FixedChild extends Fixed {
        FixedChild() {
            super(-1);
        }
    }

    static class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }
    }

    interface Shape {
    }

    static Object id(Object o) {
        return o;
    }

    public static void main(String[] args) {
        System.out.println(new Fixed(0));
        System.out.println(new Fixed(42).toString());
        System.out.println(new Fixed(255));
        System.out.println(new Fixed(Integer.MIN_VALUE));
        System.out.println(new FixedChild());
        System.out.println(String.valueOf(new Fixed(0xCAFE)));
        System.out.println("concat: " + new Fixed(16));

        Object o = new Object();
        System.out.println("equals self: " + o.equals(o));
        System.out.println("equals other: " + o.equals(new Object()));
        System.out.println("equals null: " + o.equals(null));
        Fixed f1 = new Fixed(7);
        Fixed f2 = new Fixed(7);
        System.out.println("same hash, not equal: " + f1.equals(f2) + " " + (f1.hashCode() == f2.hashCode()));
        System.out.println("Point equals: " + new Point(1, 2).equals(new Point(1, 2)) + " " + new Point(1, 2).equals(new Point(2, 1)));
        System.out.println("Point hashCode: " + new Point(1, 2).hashCode());
        System.out.println("Point toString: " + new Point(3, 4).toString().startsWith("object_model.ObjectMethods$Point@"));
        Point p = new Point(5, 6);
        System.out.println("Point toString uses hashCode: " + p.toString().equals("object_model.ObjectMethods$Point@" + Integer.toHexString(p.hashCode())));

        System.out.println(new Object().getClass().getName());
        System.out.println(id(new Fixed(1)).getClass().getName());
        System.out.println(id(new FixedChild()).getClass().getName());
        System.out.println(id("text").getClass().getName());
        System.out.println(id(Integer.valueOf(3)).getClass().getName());
        System.out.println(id(new StringBuilder()).getClass().getName());
        System.out.println(id(new int[0]).getClass().getName());
        System.out.println(id(new String[0][]).getClass().getName());
        System.out.println(id(new Fixed[1]).getClass().getName());
        System.out.println(id(new Shape[2][2][2]).getClass().getName());
        System.out.println(id(new Shape() { }).getClass().getName());
        class Local {
        }
        System.out.println(id(new Local()).getClass().getName());
        System.out.println("getClass is exact: " + (id(new FixedChild()).getClass() == FixedChild.class));
        System.out.println("getClass not the superclass: " + (id(new FixedChild()).getClass() != Fixed.class));
        System.out.println("arrays share their class: " + (new int[3].getClass() == new int[7].getClass()));
        System.out.println("dimensions differ: " + (id(new int[1][1]).getClass() != id(new int[1]).getClass()));
    }
}
