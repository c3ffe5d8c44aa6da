package concurrency;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Counters shared by many tasks: AtomicInteger/AtomicLong/AtomicReference/AtomicIntegerArray, LongAdder,
 * DoubleAdder and LongAccumulator updated from parallel streams, executor tasks, fork/join tasks and
 * started threads; synchronized blocks and methods as counters; ConcurrentHashMap counters. The totals do
 * not depend on the order in which the tasks run.
 */
public class AtomicCounters {
    /** Guarded by the class's lock (bump is a static synchronized method). */
    static int synchronizedCount;
    static final Object LOCK = new Object();
    /** Guarded by LOCK: one field per lock, since two locks guarding one field race on the JVM (19998 of 20000). */
    static int lockedCount;

    static synchronized void bump() {
        synchronizedCount++;
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger ai = new AtomicInteger();
        AtomicLong al = new AtomicLong();
        LongAdder adder = new LongAdder();
        DoubleAdder doubles = new DoubleAdder();
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        AtomicIntegerArray buckets = new AtomicIntegerArray(8);
        AtomicReference<String> longest = new AtomicReference<>("");
        IntStream.range(0, 10_000).parallel().forEach(i -> {
            ai.incrementAndGet();
            al.addAndGet(i);
            adder.add(i % 7);
            doubles.add(0.5);
            max.accumulate((i * 7919L) % 10_007);
            buckets.getAndIncrement(i % 8);
            String s = Integer.toString(i * 3);
            longest.accumulateAndGet(s, (a, b) -> b.length() > a.length() || (b.length() == a.length() && b.compareTo(a) > 0) ? b : a);
            bump();
            synchronized (LOCK) {
                lockedCount++;
            }
        });
        System.out.println("parallel stream: " + ai.get() + " " + al.get() + " " + adder.sum() + " " + doubles.sum() + " " + max.get()
                + " " + buckets + " " + longest.get() + " " + synchronizedCount + " " + lockedCount);
        System.out.println("adder sumThenReset " + adder.sumThenReset() + " then " + adder.sum() + " intValue " + adder.intValue()
                + " accumulator reset " + max.getThenReset() + " " + max.get());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicLong fromTasks = new AtomicLong();
        Future<?>[] futures = new Future<?>[50];
        for (int i = 0; i < futures.length; i++) {
            int n = i;
            futures[i] = pool.submit(() -> {
                for (int k = 0; k < 100; k++) {
                    fromTasks.addAndGet(n);
                }
            });
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println("executor tasks " + fromTasks.get());

        LongAdder viaPool = new LongAdder();
        ForkJoinPool.commonPool().invoke(new java.util.concurrent.RecursiveAction() {
            @Override
            protected void compute() {
                invokeAll(IntStream.range(0, 16).mapToObj(i -> new java.util.concurrent.RecursiveAction() {
                    @Override
                    protected void compute() {
                        viaPool.add(i * i);
                    }
                }).toList());
            }
        });
        System.out.println("fork/join tasks " + viaPool.sum());

        AtomicInteger fromThreads = new AtomicInteger();
        Thread[] threads = new Thread[6];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 1000; k++) {
                    fromThreads.incrementAndGet();
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("threads " + fromThreads.get());

        ConcurrentHashMap<String, LongAdder> words = new ConcurrentHashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end";
        java.util.Arrays.stream(text.split(" ")).parallel().forEach(w -> words.computeIfAbsent(w, k -> new LongAdder()).increment());
        System.out.println("word counts " + new java.util.TreeMap<>(words));
        System.out.println("compareAndSet " + ai.compareAndSet(10_000, 1) + " " + ai.compareAndSet(10_000, 2) + " " + ai.get()
                + " getAndUpdate " + ai.getAndUpdate(x -> x * 10) + " updateAndGet " + ai.updateAndGet(x -> x + 5));
    }
}
