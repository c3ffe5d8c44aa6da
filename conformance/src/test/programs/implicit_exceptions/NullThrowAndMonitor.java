package implicit_exceptions;

/** throw of a null exception and synchronized on null, with the state the handler sees. */
public class NullThrowAndMonitor {
    static Object lock;
    static RuntimeException pending;

    static void throwLocal() {
        RuntimeException e = null;
        throw e;
    }

    static void throwField() {
        throw pending;
    }

    static void throwNull() {
        throw null;
    }

    static int lockField(int x) {
        synchronized (lock) {
            return x + 1;
        }
    }

    static int lockParameter(Object o, int x) {
        synchronized (o) {
            return x * 2;
        }
    }

    public static void main(String[] args) {
        try {
            throwLocal();
        } catch (NullPointerException e) {
            System.out.println("local: " + e.getMessage());
        }
        try {
            throwField();
        } catch (NullPointerException e) {
            System.out.println("field: " + e.getMessage());
        }
        try {
            throwNull();
        } catch (NullPointerException e) {
            System.out.println("null: " + e.getMessage());
        }
        pending = new IllegalStateException("pending");
        try {
            throwField();
        } catch (IllegalStateException e) {
            System.out.println("thrown: " + e.getMessage());
        }
        try {
            System.out.println(lockField(1));
        } catch (NullPointerException e) {
            System.out.println("lock field: " + e.getMessage());
        }
        try {
            System.out.println(lockParameter(null, 2));
        } catch (NullPointerException e) {
            System.out.println("lock parameter: " + e.getMessage());
        }
        lock = new Object();
        System.out.println(lockField(1));
        System.out.println(lockParameter(lock, 2));
        int state = 0;
        try {
            state = 1;
            Object nothing = null;
            synchronized (nothing) {
                state = 2;
            }
        } catch (NullPointerException e) {
            System.out.println("state in handler: " + state);
        }
        System.out.println("done");
    }
}
