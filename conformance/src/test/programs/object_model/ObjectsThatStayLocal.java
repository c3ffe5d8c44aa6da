package object_model;

/**
 * Objects that never leave their method, which Kiln's optimizer replaces by their fields' values: fields read before
 * any write (their defaults), written on both sides of a branch, accumulated in a loop, visible in a handler after an
 * exception in the middle of the writes, and an object that escapes on one path (stored in a field) beside one that
 * does not.
 */
public class ObjectsThatStayLocal {
    static final class Acc {
        int count;
        long sum;
        double mean;
        boolean seen;
        String label;
        Acc next;

        Acc() {
        }

        Acc(String label) {
            this.label = label;
        }

        int count() {
            return count;
        }

        void add(long v) {
            sum += v;
            count++;
            seen = true;
        }
    }

    static Acc kept;

    static String defaults() {
        Acc a = new Acc();
        return a.count + " " + a.sum + " " + a.mean + " " + a.seen + " " + a.label + " " + (a.next == null);
    }

    static long loop(int n) {
        Acc a = new Acc("loop");
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) a.add(i);
            else a.sum -= i;
        }
        a.mean = a.count == 0 ? 0 : (double) a.sum / a.count;
        return a.sum * 31 + a.count() + (long) a.mean + (a.seen ? 1 : 0) + a.label.length();
    }

    static String branches(int x) {
        Acc a = new Acc();
        if (x > 0) {
            a.label = "positive";
            a.count = x;
        } else {
            a.label = "not positive";
        }
        return a.label + ":" + a.count;
    }

    static String handler(int[] xs, int k) {
        Acc a = new Acc();
        try {
            a.count = 5;
            a.count += xs[k];
            a.sum = 9;
        } catch (ArrayIndexOutOfBoundsException e) {
            return "caught with " + a.count + " " + a.sum;
        }
        return "done with " + a.count + " " + a.sum;
    }

    static int escapesSometimes(int x) {
        Acc local = new Acc();
        local.count = x;
        Acc maybe = new Acc();
        maybe.count = x * 2;
        if (x > 5) kept = maybe;
        return local.count + maybe.count;
    }

    public static void main(String[] args) {
        System.out.println(defaults());
        System.out.println(loop(10) + " " + loop(0) + " " + loop(1000));
        System.out.println(branches(4) + " " + branches(-1));
        System.out.println(handler(new int[] {1, 2}, 1) + " / " + handler(new int[] {1, 2}, 7));
        System.out.println(escapesSometimes(3) + " " + (kept == null) + " " + escapesSometimes(8) + " " + kept.count);
    }
}
