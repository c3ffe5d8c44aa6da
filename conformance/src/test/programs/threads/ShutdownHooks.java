package threads;

/**
 * Runtime: one hook that runs when main returns, registration errors with their messages, removal,
 * availableProcessors and the relations the specification promises between the memory figures.
 */
public class ShutdownHooks {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("same runtime " + (rt == Runtime.getRuntime()));
        System.out.println("processors >= 1: " + (rt.availableProcessors() >= 1));
        long free = rt.freeMemory();
        long total = rt.totalMemory();
        long max = rt.maxMemory();
        System.out.println("free <= total <= max: " + (free <= total && total <= max) + ", positive: " + (free > 0));

        Thread hook = new Thread(() -> System.out.println("hook ran in " + Thread.currentThread().getName()), "hook");
        rt.addShutdownHook(hook);
        try {
            rt.addShutdownHook(hook);
        } catch (IllegalArgumentException e) {
            System.out.println("twice: " + e.getMessage());
        }
        Thread removed = new Thread(() -> System.out.println("never printed"));
        rt.addShutdownHook(removed);
        System.out.println("removed " + rt.removeShutdownHook(removed) + " again " + rt.removeShutdownHook(removed));
        // The JVM refuses a hook that is alive; one that has run to the end (joined, so no race) is accepted.
        Thread running = new Thread(() -> {
            try {
                rt.addShutdownHook(Thread.currentThread());
            } catch (IllegalArgumentException e) {
                System.out.println("running: " + e.getMessage());
            }
        });
        running.start();
        join(running);
        Thread finished = new Thread(() -> System.out.println("finished thread ran"));
        finished.start();
        join(finished);
        rt.addShutdownHook(finished);
        System.out.println("finished thread accepted; removed " + rt.removeShutdownHook(finished));
        try {
            rt.addShutdownHook(null);
        } catch (NullPointerException e) {
            System.out.println("null hook: NullPointerException");
        }
        rt.gc();
        System.gc();
        System.out.println("main returns");
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
