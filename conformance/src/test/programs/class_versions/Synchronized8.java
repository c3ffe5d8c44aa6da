package class_versions;

// kiln:release=8

/**
 * synchronized blocks and methods, as javac writes them since Java 1.4: monitorenter, then monitorexit on
 * every exit, including a catch-all handler that releases the monitor and rethrows (and covers its own
 * monitorexit). Returns, breaks and exceptions leave nested blocks; reentrant locking of one object.
 */
public class Synchronized8 {
    private int value;
    private static int statics;

    synchronized int add(int d) {
        value += d;
        return value;
    }

    static synchronized int bumpStatic() {
        return ++statics;
    }

    int nested(Object other, int limit) {
        int steps = 0;
        synchronized (this) {
            for (int i = 0; i < 10; i++) {
                synchronized (other) {
                    synchronized (this) {
                        steps += add(i);
                        if (i == limit) break;
                    }
                }
            }
        }
        return steps;
    }

    int returnsInside(int x) {
        synchronized (this) {
            if (x > 0) return x * 3;
            value = x;
        }
        return value;
    }

    int throwsInside(int x) {
        synchronized (Synchronized8.class) {
            if (x == 0) throw new IllegalArgumentException("zero inside synchronized");
            return 100 / x;
        }
    }

    public static void main(String[] args) {
        Synchronized8 s = new Synchronized8();
        System.out.println("add " + s.add(5) + " " + s.add(-2));
        System.out.println("static " + bumpStatic() + " " + bumpStatic());
        System.out.println("nested " + s.nested(new Object(), 3) + " value " + s.value);
        System.out.println("nested " + s.nested(s, 20) + " value " + s.value);
        System.out.println("returnsInside " + s.returnsInside(4) + " " + s.returnsInside(-6));
        for (int x = -1; x <= 1; x++) {
            try {
                System.out.println("throwsInside " + s.throwsInside(x));
            } catch (IllegalArgumentException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
        synchronized (s) {
            System.out.println("reentrant " + s.add(1));
        }
    }
}
