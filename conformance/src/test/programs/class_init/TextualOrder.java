package class_init;

/**
 * JLS 12.4.2 step 9 and JLS 8.7: class variable initializers and static initializers run in textual
 * order, as one block; a field read (through a method) before its initializer has run holds its default
 * value, and a later initializer may overwrite what an earlier block assigned.
 */
public class TextualOrder {
    static int trace(String what, int v) {
        System.out.println("  " + what + " = " + v);
        return v;
    }

    static class Ordered {
        static int first = trace("first", 1);
        static int peekSecond = trace("peekSecond", second());
        static String peekName = name();

        static {
            trace("block 1 sees second", second());
            second = 50;
        }

        static int second = trace("second", 2);
        static String name = "named";

        static {
            trace("block 2 sees second", second());
            first += 100;
        }

        static long big = 1L << first;
        static double ratio = first / 4.0;
        static Object object = new Object();
        static boolean flag;
        static char letter = (char) ('a' + first % 26);

        static int second() {
            return second;
        }

        static String name() {
            return name;
        }
    }

    public static void main(String[] args) {
        System.out.println("main");
        System.out.println(Ordered.first + " " + Ordered.peekSecond + " " + Ordered.peekName + " " + Ordered.second);
        System.out.println(Ordered.name + " " + Ordered.big + " " + Ordered.ratio + " " + (Ordered.object != null));
        System.out.println(Ordered.flag + " " + Ordered.letter);
    }
}
