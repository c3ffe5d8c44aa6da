package class_init;

/**
 * A class whose initializer uses the class itself (JLS 12.4.2 step 3: a recursive request by the thread
 * doing the initialisation returns at once): creating instances, calling its own static methods and
 * reading its own fields during initialisation sees the fields not yet assigned at their defaults.
 */
public class SelfReference {
    static class Singleton {
        static final Singleton INSTANCE = new Singleton();
        static int created = 10;
        static String label = "singleton";
        final int seenCreated;
        final String seenLabel;

        Singleton() {
            seenCreated = created;
            seenLabel = label;
            created++;
        }
    }

    static class Counter {
        static int total = add(5);
        static int twice = add(total);
        static int base = 100;
        static int afterBase = add(1);

        static int add(int v) {
            System.out.println("  add " + v + " to total=" + total + " base=" + base);
            total += v;
            return total;
        }
    }

    static class Chain {
        static Chain head = new Chain(null, 1);
        static Chain second = new Chain(head, 2);
        static int made;
        final Chain next;
        final int id;

        Chain(Chain next, int id) {
            this.next = next;
            this.id = id;
            made++;
            System.out.println("  Chain " + id + " head=" + (head == null ? "null" : "" + head.id) + " made=" + made);
        }
    }

    public static void main(String[] args) {
        Singleton s = Singleton.INSTANCE;
        System.out.println("singleton saw created=" + s.seenCreated + " label=" + s.seenLabel);
        System.out.println("created=" + Singleton.created + " same=" + (s == Singleton.INSTANCE));
        System.out.println("counter total=" + Counter.total + " twice=" + Counter.twice + " afterBase=" + Counter.afterBase);
        System.out.println("chain made=" + Chain.made + " second.next=" + Chain.second.next.id);
        new Chain(Chain.second, 3);
        System.out.println("chain made=" + Chain.made);
    }
}
