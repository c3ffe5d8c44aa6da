package threads;

import java.util.ArrayList;
import java.util.List;

/**
 * Thread-local variables hold a value per thread: initial values per thread, set/get/remove in one thread
 * leaving another's alone, inheritable variables copied (through childValue) when a thread is created,
 * and a thread started from another thread.
 */
public class ThreadLocals {
    static final ThreadLocal<Integer> COUNTER = ThreadLocal.withInitial(() -> 0);
    static final List<String> initialised = new ArrayList<>();
    static final ThreadLocal<String> NAMED = new ThreadLocal<>() {
        @Override
        protected String initialValue() {
            initialised.add(Thread.currentThread().getName());
            return "init-" + Thread.currentThread().getName();
        }
    };
    static final InheritableThreadLocal<StringBuilder> TRAIL = new InheritableThreadLocal<>() {
        @Override
        protected StringBuilder childValue(StringBuilder parent) {
            return new StringBuilder(parent).append(">child");
        }
    };
    static final InheritableThreadLocal<String> PLAIN = new InheritableThreadLocal<>();

    static void bump(int times) {
        for (int i = 0; i < times; i++) COUNTER.set(COUNTER.get() + 1);
    }

    public static void main(String[] args) throws Exception {
        bump(3);
        TRAIL.set(new StringBuilder("main"));
        PLAIN.set("shared");
        System.out.println("main: " + COUNTER.get() + " " + NAMED.get() + " " + TRAIL.get() + " " + PLAIN.get());
        Thread worker = new Thread(() -> {
            bump(5);
            System.out.println("worker: " + COUNTER.get() + " " + NAMED.get() + " " + TRAIL.get() + " " + PLAIN.get());
            TRAIL.get().append("+worker");
            PLAIN.set("changed in worker");
            Thread nested = new Thread(() -> System.out.println("nested: " + COUNTER.get() + " " + NAMED.get()
                    + " " + TRAIL.get() + " " + PLAIN.get()), "nested");
            nested.start();
            try {
                nested.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            COUNTER.remove();
            System.out.println("worker after remove: " + COUNTER.get());
        }, "worker");
        PLAIN.set("set after the worker was created");
        worker.start();
        worker.join();
        System.out.println("main again: " + COUNTER.get() + " " + NAMED.get() + " " + TRAIL.get() + " " + PLAIN.get());
        NAMED.remove();
        System.out.println("main after remove: " + NAMED.get() + " initialised in " + initialised);
        TRAIL.remove();
        System.out.println("trail removed: " + TRAIL.get());
    }
}
