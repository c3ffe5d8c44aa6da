package threads;

import java.util.ArrayList;
import java.util.List;

/**
 * Threads that are started and joined one after another, which gives the same output under every
 * schedule: names, ids relative to each other, states before, during and after, priority and daemon
 * inheritance, the current thread inside run(), handlers for uncaught exceptions (the thread's own, then
 * the default one), restarting, interrupt status, holdsLock and Thread.toString.
 */
public class StartJoin {
    static final StringBuilder log = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println(main.getName() + " " + main.getPriority() + " " + main.isAlive() + " " + main.getState()
                + " daemon=" + main.isDaemon() + " " + main);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int k = i;
            threads.add(new Thread(() -> {
                Thread self = Thread.currentThread();
                log.append(self.getName()).append(':').append(k).append(':').append(self.getState())
                        .append(':').append(self.isAlive()).append(':').append(self == main).append(' ');
            }));
        }
        Thread first = threads.get(0);
        for (Thread t : threads) {
            System.out.println(t.getName() + " " + t.getState() + " " + t.isAlive() + " " + (t.getId() - first.getId()));
        }
        for (Thread t : threads) {
            t.start();
            t.join();
        }
        System.out.println(log);
        for (Thread t : threads) System.out.println(t.getName() + " " + t.getState() + " " + t.isAlive());

        main.setPriority(7);
        Thread inherits = new Thread("named");
        System.out.println(inherits.getName() + " priority " + inherits.getPriority() + " daemon " + inherits.isDaemon());
        main.setPriority(Thread.NORM_PRIORITY);
        inherits.setDaemon(true);
        System.out.println("daemon now " + inherits.isDaemon());
        try {
            inherits.setPriority(0);
        } catch (IllegalArgumentException e) {
            System.out.println("priority 0: " + e.getClass().getName());
        }
        try {
            new Thread((String) null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getMessage());
        }

        Thread failing = new Thread(() -> {
            throw new IllegalStateException("boom");
        }, "worker");
        failing.setUncaughtExceptionHandler((t, e) -> System.out.println("own handler: " + t.getName() + " " + e));
        failing.start();
        failing.join();
        System.out.println("after failing: " + failing.getState());
        try {
            failing.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("restart: " + e);
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + t.getName() + " " + e.getMessage()));
        Thread second = new Thread(() -> {
            throw new RuntimeException("second");
        }, "second");
        second.start();
        second.join();
        Thread.setDefaultUncaughtExceptionHandler(null);

        main.interrupt();
        System.out.println("interrupted " + main.isInterrupted() + " " + Thread.interrupted() + " " + Thread.interrupted());
        main.interrupt();
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            System.out.println("sleep: " + e.getMessage() + " then " + main.isInterrupted());
        }
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-1): " + e.getMessage());
        }
        Object lock = new Object();
        System.out.print(Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.print(" " + Thread.holdsLock(lock));
            Thread inner = new Thread(() -> System.out.print(" inner sees " + Thread.currentThread().getName()));
            inner.start();
            inner.join();
        }
        System.out.println(" " + Thread.holdsLock(lock));
        Thread.yield();
        Thread.onSpinWait();
        System.out.println("end");
    }
}
