package object_model;

/**
 * synchronized methods: the JVM enters the receiver's monitor (the Class object's for a static method)
 * on the call and exits it however the method completes, also when an exception propagates out of it.
 */
public class SynchronizedMethods {
    private int count;
    private long total;

    static String owns(Object o) {
        try {
            o.notifyAll();
            return "owned";
        } catch (IllegalMonitorStateException e) {
            return "not owned";
        }
    }

    synchronized void increment() {
        count++;
    }

    synchronized String report() {
        return "count " + count + ", this " + owns(this);
    }

    synchronized long add(long value) {
        total += value;
        if (total > 100) {
            return -1;
        }
        return total;
    }

    synchronized double divide(double a, double b) {
        return a / b;
    }

    synchronized int recurse(int n) {
        return n <= 0 ? 0 : n + recurse(n - 1);
    }

    synchronized void throwing(String message) {
        throw new IllegalArgumentException(message + ", inside: " + owns(this));
    }

    synchronized int caughtInside() {
        try {
            throw new IllegalStateException("inner");
        } catch (IllegalStateException e) {
            return e.getMessage().length() + (owns(this).equals("owned") ? 100 : 0);
        }
    }

    synchronized int withFinally(int x) {
        try {
            if (x > 0) {
                return x * 2;
            }
            throw new ArithmeticException("non-positive");
        } finally {
            count += 1000;
        }
    }

    synchronized void overwritesThis() {
        SynchronizedMethods self = this;
        self.count = -5;
        Object other = new Object();
        System.out.println("  other object: " + owns(other) + ", this: " + owns(this));
    }

    static synchronized String staticReport() {
        return "static: class " + owns(SynchronizedMethods.class);
    }

    static synchronized void staticThrowing() {
        throw new UnsupportedOperationException("static " + owns(SynchronizedMethods.class));
    }

    static class Child extends SynchronizedMethods {
        @Override
        synchronized String report() {
            return "child " + super.report();
        }
    }

    public static void main(String[] args) {
        SynchronizedMethods s = new SynchronizedMethods();
        for (int i = 0; i < 5; i++) {
            s.increment();
        }
        System.out.println(s.report());
        System.out.println("after report: " + owns(s));
        System.out.println("add: " + s.add(40) + " " + s.add(50) + " " + s.add(60));
        System.out.println("divide: " + s.divide(1, 8));
        System.out.println("recurse: " + s.recurse(100) + ", then " + owns(s));
        try {
            s.throwing("boom");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage() + ", after: " + owns(s));
        }
        System.out.println("caught inside: " + s.caughtInside() + ", after: " + owns(s));
        System.out.println("finally: " + s.withFinally(21) + " " + s.count);
        try {
            s.withFinally(0);
        } catch (ArithmeticException e) {
            System.out.println("finally threw " + e.getMessage() + " " + s.count + ", after: " + owns(s));
        }
        s.overwritesThis();
        System.out.println("after overwritesThis: " + owns(s));
        System.out.println(staticReport());
        System.out.println("after static: " + owns(SynchronizedMethods.class));
        try {
            staticThrowing();
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + ", after: " + owns(SynchronizedMethods.class));
        }
        SynchronizedMethods child = new Child();
        System.out.println(child.report());
        System.out.println("after child: " + owns(child));
        synchronized (s) {
            System.out.println("block around a call: " + s.report() + ", still " + owns(s));
        }
        System.out.println("finally " + owns(s));
    }
}
