package class_versions;

// kiln:release=8

/**
 * Private members used across nested classes, as javac writes it for Java 8: through synthetic static
 * accessors (access$000 reads, access$002 writes, access$008 post-increments, access$012 compound
 * assignments...) and, for a private constructor, a synthetic constructor taking an instance of an empty
 * synthetic class. Each accessor must read and write exactly once and return the value Java's operator does.
 */
public class NestAccess8 {
    private int count = 10;
    private long total = 100L;
    private static int created;
    private String label = "outer";

    private int twice(int v) {
        return v * 2;
    }

    private static String tag(String s) {
        return "<" + s + ">";
    }

    class Inner {
        private int seen;

        private Inner() {
            created++;
        }

        int touch() {
            int before = count++;
            int after = ++count;
            count += 5;
            total *= 3;
            count -= before;
            seen = twice(after);
            return count;
        }

        String name() {
            label = label + "!";
            return tag(label);
        }
    }

    static class Sibling {
        private double ratio = 0.5;

        private Sibling() {
            created += 10;
        }

        static String readInner(NestAccess8 outer) {
            Inner in = outer.new Inner();
            in.seen--;
            in.seen <<= 3;
            return "inner seen " + in.seen;
        }
    }

    public static void main(String[] args) {
        NestAccess8 outer = new NestAccess8();
        Inner in = outer.new Inner();
        System.out.println("touch " + in.touch() + " count " + outer.count + " total " + outer.total);
        System.out.println("touch " + in.touch() + " count " + outer.count + " total " + outer.total);
        System.out.println("seen " + in.seen);
        System.out.println("name " + in.name() + " " + in.name());
        Sibling s = new Sibling();
        s.ratio *= 5;
        System.out.println("ratio " + s.ratio);
        System.out.println(Sibling.readInner(outer));
        System.out.println("created " + created);
        int x = in.seen++ + ++in.seen;
        System.out.println("x " + x + " seen " + in.seen);
    }
}
