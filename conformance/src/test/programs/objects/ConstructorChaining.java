package objects;

/** Overloaded constructors delegating with this(...), argument evaluation order, and final fields. */
public class ConstructorChaining {
    static StringBuilder log = new StringBuilder();

    static int arg(String name, int v) {
        log.append(name).append(' ');
        return v;
    }

    static class Point {
        final int x;
        final int y;
        final String label;

        Point() {
            this(0, 0);
            log.append("Point() ");
        }

        Point(int both) {
            this(both, both, "diag");
            log.append("Point(int) ");
        }

        Point(int x, int y) {
            this(x, y, "xy");
            log.append("Point(int,int) ");
        }

        Point(int x, int y, String label) {
            log.append("Point(int,int,String) ");
            this.x = x;
            this.y = y;
            this.label = label;
        }

        Point(Point other) {
            this(other.x + 1, other.y + 1, other.label + "'");
        }

        @Override
        public String toString() {
            return label + "(" + x + "," + y + ")";
        }
    }

    public static void main(String[] args) {
        Point a = new Point();
        System.out.println(a + " | " + log);
        log.setLength(0);
        Point b = new Point(7);
        System.out.println(b + " | " + log);
        log.setLength(0);
        Point c = new Point(arg("first", 3), arg("second", 4));
        System.out.println(c + " | " + log);
        log.setLength(0);
        Point d = new Point(new Point(c));
        System.out.println(d + " | " + log);
        Point[] many = new Point[4];
        for (int i = 0; i < many.length; i++) {
            many[i] = i % 2 == 0 ? new Point(i) : new Point(i, -i);
        }
        StringBuilder sb = new StringBuilder();
        for (Point p : many) {
            sb.append(p).append(' ');
        }
        System.out.println(sb);
        System.out.println(new Point(1, 2, "tmp").toString().length());
    }
}
