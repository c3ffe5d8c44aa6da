package object_model;

/**
 * wait, notify and notifyAll need the monitor (IllegalMonitorStateException otherwise); with it, notify has
 * nobody to wake in a one-thread program and a timed wait returns once its timeout has passed, since no
 * other thread can notify sooner. Argument checks come first, as on the JVM.
 */
public class WaitNotify {
    interface Action {
        void run(Object o) throws InterruptedException;
    }

    static void attempt(String label, Object o, Action action) {
        try {
            action.run(o);
            System.out.println(label + ": ok");
        } catch (InterruptedException | RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static final class Notify implements Action {
        public void run(Object o) {
            o.notify();
        }
    }

    static final class NotifyAll implements Action {
        public void run(Object o) {
            o.notifyAll();
        }
    }

    static final class Wait implements Action {
        final long millis;

        Wait(long millis) {
            this.millis = millis;
        }

        public void run(Object o) throws InterruptedException {
            o.wait(millis);
        }
    }

    static final class WaitNanos implements Action {
        final long millis;
        final int nanos;

        WaitNanos(long millis, int nanos) {
            this.millis = millis;
            this.nanos = nanos;
        }

        public void run(Object o) throws InterruptedException {
            o.wait(millis, nanos);
        }
    }

    static final class Untimed implements Action {
        public void run(Object o) throws InterruptedException {
            o.wait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Object lock = new Object();
        attempt("notify without monitor", lock, new Notify());
        attempt("notifyAll without monitor", lock, new NotifyAll());
        attempt("wait(10) without monitor", lock, new Wait(10));
        attempt("wait() without monitor", lock, new Untimed());
        attempt("wait(-1) without monitor", lock, new Wait(-1));
        attempt("wait(5, 0) without monitor", lock, new WaitNanos(5, 0));
        attempt("wait(-1, 0) without monitor", lock, new WaitNanos(-1, 0));
        attempt("wait(1, -1) without monitor", lock, new WaitNanos(1, -1));
        attempt("wait(1, 1000000) without monitor", lock, new WaitNanos(1, 1000000));
        attempt("notify on another object's monitor", new Object(), new Notify());

        synchronized (lock) {
            attempt("notify", lock, new Notify());
            attempt("notifyAll", lock, new NotifyAll());
            attempt("wait(-5)", lock, new Wait(-5));
            attempt("wait(-5, 10)", lock, new WaitNanos(-5, 10));
            attempt("wait(0, 1000000)", lock, new WaitNanos(0, 1000000));

            long start = System.nanoTime();
            lock.wait(30);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            System.out.println("wait(30) returned after at least 30 ms: " + (elapsed >= 30) + ", well under 5 s: " + (elapsed < 5000));

            start = System.nanoTime();
            lock.wait(0, 500000);
            elapsed = System.nanoTime() - start;
            System.out.println("wait(0, 500000) waited at least 0.5 ms: " + (elapsed >= 500_000));

            start = System.nanoTime();
            lock.wait(15, 0);
            System.out.println("wait(15, 0) waited at least 15 ms: " + ((System.nanoTime() - start) / 1_000_000 >= 15));
            attempt("notify after waiting", lock, new Notify());
        }
        attempt("notify after the block", lock, new Notify());

        Object inner = new Object();
        synchronized (lock) {
            synchronized (inner) {
                attempt("outer monitor still owned", lock, new NotifyAll());
                attempt("inner monitor", inner, new NotifyAll());
            }
            attempt("inner monitor after its block", inner, new NotifyAll());
        }
    }
}
