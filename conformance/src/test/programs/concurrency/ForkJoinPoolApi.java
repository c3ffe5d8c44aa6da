package concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ForkJoinPool's own API around tasks: a custom pool's parallelism and async mode, invokeAll of callables,
 * invokeAny, execute of Runnables, tasks forked from the main thread and joined later in another order,
 * fire-and-forget forks finished by helpQuiesce/awaitQuiescence, ForkJoinPool.managedBlock with a blocker
 * that is releasable at once, tryUnfork, the static queries from outside any pool (inForkJoinPool, getPool),
 * and shutdownNow/close. Counts of threads, steals and queued tasks, which depend on timing, are not printed,
 * nor is what a task sees of its thread (a worker of the pool on the JVM, the submitting thread on Kiln).
 */
public class ForkJoinPoolApi {
    static final class Square extends RecursiveTask<Integer> {
        final int n;
        final AtomicInteger runs;

        Square(int n, AtomicInteger runs) {
            this.n = n;
            this.runs = runs;
        }

        @Override
        protected Integer compute() {
            runs.incrementAndGet();
            return n * n;
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(3, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
        System.out.println("parallelism " + pool.getParallelism() + " async " + pool.getAsyncMode() + " factory default "
                + (pool.getFactory() == ForkJoinPool.defaultForkJoinWorkerThreadFactory) + " handler " + pool.getUncaughtExceptionHandler());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            int n = i;
            calls.add(() -> n * 11);
        }
        List<Integer> values = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            values.add(f.get());
        }
        System.out.println("invokeAll " + values + " invokeAny positive " + (pool.invokeAny(calls) > 0));
        AtomicInteger executed = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            pool.execute(executed::incrementAndGet);
        }
        System.out.println("execute quiescent " + pool.awaitQuiescence(1, TimeUnit.SECONDS) + " ran " + executed.get());

        AtomicInteger runs = new AtomicInteger();
        List<Square> forked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            forked.add((Square) new Square(i, runs).fork());
        }
        int total = 0;
        for (int i = 0; i < forked.size(); i += 2) {
            total += forked.get(i).join();
        }
        for (int i = 1; i < forked.size(); i += 2) {
            total += forked.get(i).join();
        }
        System.out.println("forked from main, joined out of order " + total + " runs " + runs.get());

        AtomicInteger quiet = new AtomicInteger();
        for (int i = 0; i < 4; i++) {
            ForkJoinTask.adapt(quiet::incrementAndGet).fork();
        }
        ForkJoinTask.helpQuiesce();
        System.out.println("fire and forget after helpQuiesce " + quiet.get());
        for (int i = 0; i < 3; i++) {
            ForkJoinTask.adapt(quiet::incrementAndGet).fork();
        }
        System.out.println("awaitQuiescence " + ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.SECONDS) + " " + quiet.get());

        Square unforked = new Square(9, runs);
        unforked.fork();
        boolean taken = unforked.tryUnfork();
        System.out.println("tryUnfork of a forked task: then done " + (taken ? unforked.invoke() : unforked.join()));

        int[] blockCalls = {0};
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            @Override
            public boolean block() {
                blockCalls[0]++;
                return true;
            }

            @Override
            public boolean isReleasable() {
                return blockCalls[0] > 0;
            }
        });
        System.out.println("managedBlock calls " + blockCalls[0]);
        System.out.println("outside a pool: inForkJoinPool " + ForkJoinTask.inForkJoinPool() + " pool " + ForkJoinTask.getPool());

        System.out.println("shutdownNow " + pool.shutdownNow().size() + " terminating or terminated "
                + (pool.isTerminating() || pool.isTerminated()) + " awaited " + pool.awaitTermination(1, TimeUnit.SECONDS));
        ForkJoinPool another = new ForkJoinPool(2);
        another.submit(() -> System.out.println("ran before close")).get();
        another.shutdown();
        System.out.println("closed " + another.awaitTermination(1, TimeUnit.SECONDS) + " " + another.isShutdown());
    }
}
