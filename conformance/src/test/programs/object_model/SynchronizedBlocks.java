package object_model;

/**
 * synchronized blocks: entered and left on every path (normal, break, return, exceptions thrown inside and
 * caught outside), nested and reentrant. Whether the monitor is held shows through notify(), which throws
 * IllegalMonitorStateException without it.
 */
public class SynchronizedBlocks {
    static final Object LOCK = new Object();

    static String owns(Object o) {
        try {
            o.notify();
            return "owned";
        } catch (IllegalMonitorStateException e) {
            return "not owned (" + e.getMessage() + ")";
        }
    }

    static int sum(int[] values) {
        int total = 0;
        synchronized (values) {
            for (int v : values) {
                if (v < 0) {
                    return -1;
                }
                total += v;
            }
        }
        return total;
    }

    static void fail(Object lock) {
        synchronized (lock) {
            System.out.println("  inside fail: " + owns(lock));
            throw new IllegalStateException("thrown while holding the monitor");
        }
    }

    static int depth(Object lock, int n) {
        synchronized (lock) {
            return n == 0 ? 0 : 1 + depth(lock, n - 1);
        }
    }

    public static void main(String[] args) {
        System.out.println("before: " + owns(LOCK));
        synchronized (LOCK) {
            System.out.println("inside: " + owns(LOCK));
            synchronized (LOCK) {
                System.out.println("reentered: " + owns(LOCK));
            }
            System.out.println("after inner exit: " + owns(LOCK));
        }
        System.out.println("after: " + owns(LOCK));

        Object a = new Object();
        Object b = new Object();
        synchronized (a) {
            synchronized (b) {
                System.out.println("nested a: " + owns(a) + ", b: " + owns(b));
            }
            System.out.println("b released: " + owns(b) + ", a: " + owns(a));
        }

        int[] values = {1, 2, 3};
        System.out.println("sum: " + sum(values) + ", then " + owns(values));
        System.out.println("early return: " + sum(new int[] {1, -1}));

        try {
            fail(a);
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage() + ", lock " + owns(a));
        }

        for (int i = 0; i < 3; i++) {
            synchronized (LOCK) {
                if (i == 1) {
                    continue;
                }
                if (i == 2) {
                    break;
                }
                System.out.println("loop " + i + ": " + owns(LOCK));
            }
        }
        System.out.println("after loop: " + owns(LOCK));

        System.out.println("recursion depth: " + depth(b, 50) + ", then " + owns(b));

        String text = "interned";
        synchronized (text) {
            System.out.println("string literal: " + owns("interned"));
        }
        synchronized (SynchronizedBlocks.class) {
            System.out.println("class object: " + owns(SynchronizedBlocks.class));
        }
        Object[] holder = {new StringBuilder()};
        synchronized (holder[0]) {
            System.out.println("array element: " + owns(holder[0]));
        }
        int[] array = new int[2];
        synchronized (array) {
            System.out.println("array: " + owns(array) + ", other array: " + owns(new int[2]));
        }

        int counter = 0;
        for (int i = 0; i < 10000; i++) {
            synchronized (LOCK) {
                counter++;
            }
        }
        System.out.println("counter: " + counter + ", " + owns(LOCK));
        try {
            Object none = null;
            synchronized (none) {
                System.out.println("not reached");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized (null): " + e.getMessage());
        }
        System.out.println("still not owned: " + owns(LOCK));
    }
}
