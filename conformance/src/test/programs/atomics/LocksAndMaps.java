package atomics;

import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * ConcurrentHashMap (Unsafe on its table array at computed offsets, and on its counters), FutureTask and the
 * AbstractQueuedSynchronizer-based locks and latches (VarHandles and Unsafe on their state, LockSupport's blocker
 * offset in Thread), used by one thread, where nothing ever waits.
 */
public class LocksAndMaps {
    static void map() {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) m.put("k" + i, i);
        System.out.println("map size " + m.size() + " get " + m.get("k7") + " " + m.get("none") + " contains " + m.containsKey("k39")
                + " " + m.containsValue(12));
        System.out.println("map merge " + m.merge("k1", 10, Integer::sum) + " compute " + m.compute("k2", (k, v) -> v == null ? -1 : v * 100)
                + " computeIfAbsent " + m.computeIfAbsent("new", k -> k.length()) + " putIfAbsent " + m.putIfAbsent("k3", 0)
                + " replace " + m.replace("k4", 4, 44) + " " + m.get("k4") + " remove " + m.remove("k5") + " " + m.remove("k6", 0));
        long sum = 0;
        for (int v : m.values()) sum += v;
        System.out.println("map sum " + sum + " mappingCount " + m.mappingCount());
        System.out.println("map sorted " + new TreeMap<>(m).headMap("k12"));
        m.keySet().removeIf(k -> k.startsWith("k1"));
        System.out.println("map after removeIf " + m.size() + " " + m.getOrDefault("k10", -5));
        m.clear();
        System.out.println("map cleared " + m + " " + m.isEmpty());
    }

    static void future() throws Exception {
        FutureTask<String> task = new FutureTask<>(() -> "done");
        System.out.println("future before " + task.isDone());
        task.run();
        System.out.println("future " + task.get() + " " + task.isDone() + " " + task.isCancelled() + " " + task.get(1, TimeUnit.SECONDS));
        FutureTask<String> failing = new FutureTask<>(() -> {
            throw new IllegalStateException("boom");
        });
        failing.run();
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("future failed " + e.getCause());
        }
        FutureTask<String> cancelled = new FutureTask<>(() -> "never");
        System.out.println("future cancel " + cancelled.cancel(false) + " " + cancelled.isCancelled());
        cancelled.run();
        System.out.println("future cancelled done " + cancelled.isDone());
    }

    static void locks() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("lock held " + lock.isLocked() + " " + lock.isHeldByCurrentThread() + " " + lock.getHoldCount() + " try " + lock.tryLock());
        lock.unlock();
        lock.unlock();
        lock.unlock();
        System.out.println("lock released " + lock.isLocked() + " " + lock.getHoldCount() + " queued " + lock.hasQueuedThreads());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("lock unlock unheld " + e);
        }
        lock.lock();
        Condition ready = lock.newCondition();
        System.out.println("lock condition timed wait " + ready.await(1, TimeUnit.MILLISECONDS));
        lock.unlock();
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println("rw readers " + rw.getReadLockCount() + " " + rw.getReadHoldCount() + " write try " + rw.writeLock().tryLock());
        rw.readLock().unlock();
        rw.readLock().unlock();
        rw.writeLock().lock();
        System.out.println("rw writer " + rw.isWriteLocked() + " " + rw.isWriteLockedByCurrentThread() + " " + rw.getWriteHoldCount());
        rw.writeLock().unlock();
        Semaphore permits = new Semaphore(2);
        System.out.println("semaphore " + permits.tryAcquire() + " " + permits.tryAcquire() + " " + permits.tryAcquire() + " " + permits.availablePermits());
        permits.release(3);
        permits.acquire(2);
        System.out.println("semaphore " + permits.availablePermits() + " drained " + permits.drainPermits());
        CountDownLatch latch = new CountDownLatch(2);
        latch.countDown();
        System.out.println("latch " + latch.getCount() + " timed " + latch.await(1, TimeUnit.MILLISECONDS));
        latch.countDown();
        latch.await();
        System.out.println("latch open " + latch.getCount());
    }

    public static void main(String[] args) throws Exception {
        map();
        future();
        locks();
    }
}
