package nested_classes;

/**
 * Local classes capturing effectively final variables: one instance per loop iteration, each with its own
 * captured values; a local class extending another local class (both capture, the superclass's captures are
 * passed on); a local class that makes new instances of itself; captured arrays whose contents change;
 * captures used in field initializers; lambdas in local classes and local classes in lambdas; anonymous
 * classes in local classes; and local records, enums and interfaces, which are static and capture nothing.
 */
public class LocalCaptures {
    interface Shape {
        String describe();
    }

    interface IntOp {
        int apply(int v);
    }

    int scale = 3;

    Shape[] makeShapes(String prefix, int count) {
        Shape[] shapes = new Shape[count];
        for (int i = 0; i < count; i++) {
            int index = i;
            String tag = prefix + "-" + i;
            class Tile implements Shape {
                final int area = (index + 1) * scale;

                public String describe() {
                    return tag + " area " + area + " scaled now " + (index + 1) * scale;
                }
            }
            shapes[i] = new Tile();
        }
        return shapes;
    }

    static String hierarchy(int a, String b) {
        long big = 1L << 40;
        class Base {
            final String who;

            Base(String who) {
                this.who = who;
            }

            String show() {
                return who + " a=" + a + " big=" + big;
            }
        }
        char mark = b.charAt(0);
        class Derived extends Base {
            Derived() {
                super("derived");
            }

            @Override
            String show() {
                return super.show() + " b=" + b + " mark=" + mark;
            }
        }
        Base plain = new Base("base");
        return plain.show() + " | " + new Derived().show();
    }

    static String chain(int limit, int stepBy) {
        class Link {
            final int value;

            Link(int value) {
                this.value = value;
            }

            Link next() {
                return value + stepBy > limit ? null : new Link(value + stepBy);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Link l = new Link(0); l != null; l = l.next()) sb.append(l.value).append(' ');
        return sb.toString();
    }

    static int[] counters(int n) {
        int[] hits = new int[n];
        class Hitter {
            void hit(int i) {
                hits[i % hits.length]++;
            }
        }
        Hitter h = new Hitter();
        for (int i = 0; i < 10; i++) h.hit(i * i);
        return hits;
    }

    static IntOp composed(int add, int mul) {
        class Maker {
            IntOp adder() {
                return v -> v + add;
            }

            IntOp both() {
                IntOp first = adder();
                return new IntOp() {
                    public int apply(int v) {
                        return first.apply(v) * mul;
                    }
                };
            }
        }
        return new Maker().both();
    }

    static String inLambda(int seed) {
        IntOp op = v -> {
            class Square {
                int of() {
                    return v * v + seed;
                }
            }
            return new Square().of();
        };
        return op.apply(4) + " " + op.apply(-5);
    }

    static String statics(int n) {
        record Point(int x, int y) {
            int dist() {
                return Math.abs(x) + Math.abs(y);
            }
        }
        enum Dir { NORTH, EAST, SOUTH, WEST }
        interface Mover {
            Point move(Point p, Dir d);
        }
        Mover m = (p, d) -> switch (d) {
            case NORTH -> new Point(p.x(), p.y() + 1);
            case SOUTH -> new Point(p.x(), p.y() - 1);
            case EAST -> new Point(p.x() + 1, p.y());
            case WEST -> new Point(p.x() - 1, p.y());
        };
        Point p = new Point(0, 0);
        for (int i = 0; i < n; i++) p = m.move(p, Dir.values()[(i * 3) % 4]);
        return p + " dist " + p.dist();
    }

    public static void main(String[] args) {
        LocalCaptures lc = new LocalCaptures();
        Shape[] shapes = lc.makeShapes("t", args.length + 3);
        lc.scale = 10;
        for (Shape s : shapes) System.out.println(s.describe());
        System.out.println(hierarchy(args.length + 7, "xyz"));
        System.out.println("chain " + chain(args.length + 20, 6));
        int[] hits = counters(args.length + 4);
        System.out.println("hits " + hits[0] + " " + hits[1] + " " + hits[2] + " " + hits[3]);
        IntOp op = composed(args.length + 2, 5);
        System.out.println("composed " + op.apply(1) + " " + op.apply(-2));
        System.out.println("in lambda " + inLambda(args.length + 1));
        System.out.println("statics " + statics(args.length + 9));
    }
}
