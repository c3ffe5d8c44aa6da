package concurrency;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Locks and synchronizers where no thread has to wait for another: ReentrantLock (reentrancy, hold count,
 * tryLock, fairness, unlock without holding it, a condition's timed await that times out, signal without
 * waiters), ReentrantReadWriteLock (read and write counts, downgrading, tryLock of the write lock while
 * reading), StampedLock (optimistic reads, conversion), Semaphore (permits, tryAcquire with and without
 * timeout, release beyond the initial count, drainPermits), CountDownLatch (await once counted down, a
 * timed await that times out), CyclicBarrier and Phaser with one party, LockSupport permits (unpark before
 * park), and threads started (run to completion on Kiln) that count a latch down for the main thread.
 */
public class LocksAndSynchronizers {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("reentrant held " + lock.isHeldByCurrentThread() + " count " + lock.getHoldCount() + " locked "
                + lock.isLocked() + " fair " + lock.isFair() + " queued " + lock.hasQueuedThreads());
        lock.unlock();
        System.out.println("after one unlock " + lock.getHoldCount() + " tryLock " + lock.tryLock() + " count " + lock.getHoldCount());
        lock.unlock();
        lock.unlock();
        System.out.println("released " + lock.isLocked());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock without holding: IllegalMonitorStateException");
        }
        ReentrantLock fair = new ReentrantLock(true);
        System.out.println("fair " + fair.isFair() + " timed tryLock " + fair.tryLock(1, TimeUnit.MILLISECONDS));
        Condition condition = fair.newCondition();
        long before = System.nanoTime();
        boolean signalled = condition.await(20, TimeUnit.MILLISECONDS);
        long waited = System.nanoTime() - before;
        System.out.println("timed await signalled " + signalled + " waited at least 15ms " + (waited >= 15_000_000L)
                + " still held " + fair.isHeldByCurrentThread());
        System.out.println("awaitNanos remaining <= 0 " + (condition.awaitNanos(1_000_000L) <= 0) + " waiters " + fair.hasWaiters(condition));
        condition.signal();
        condition.signalAll();
        fair.unlock();
        try {
            condition.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without the lock: IllegalMonitorStateException");
        }

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println("read locks " + rw.getReadLockCount() + " mine " + rw.getReadHoldCount() + " write tryLock "
                + rw.writeLock().tryLock());
        rw.readLock().unlock();
        rw.readLock().unlock();
        rw.writeLock().lock();
        rw.readLock().lock();
        rw.writeLock().unlock();
        System.out.println("downgraded: write locked " + rw.isWriteLocked() + " read count " + rw.getReadLockCount());
        rw.readLock().unlock();
        System.out.println("write by me " + rw.isWriteLockedByCurrentThread() + " write hold " + rw.getWriteHoldCount());

        StampedLock stamped = new StampedLock();
        long optimistic = stamped.tryOptimisticRead();
        System.out.println("optimistic valid " + stamped.validate(optimistic) + " nonzero " + (optimistic != 0));
        long write = stamped.writeLock();
        System.out.println("after write lock valid " + stamped.validate(optimistic) + " write locked " + stamped.isWriteLocked());
        long read = stamped.tryConvertToReadLock(write);
        System.out.println("converted to read " + (read != 0) + " read locked " + stamped.isReadLocked() + " count "
                + stamped.getReadLockCount());
        stamped.unlockRead(read);
        System.out.println("stamped free " + !stamped.isReadLocked() + " tryWriteLock " + (stamped.tryWriteLock() != 0));

        Semaphore semaphore = new Semaphore(3);
        semaphore.acquire();
        semaphore.acquire(2);
        System.out.println("semaphore left " + semaphore.availablePermits() + " tryAcquire " + semaphore.tryAcquire()
                + " timed " + semaphore.tryAcquire(1, 2, TimeUnit.MILLISECONDS));
        semaphore.release(5);
        System.out.println("after release " + semaphore.availablePermits() + " drained " + semaphore.drainPermits() + " now "
                + semaphore.availablePermits());
        Semaphore negative = new Semaphore(-2);
        negative.release(3);
        System.out.println("negative start " + negative.availablePermits() + " fair " + new Semaphore(1, true).isFair());

        CountDownLatch latch = new CountDownLatch(2);
        Thread worker = new Thread(() -> {
            latch.countDown();
            latch.countDown();
        });
        worker.start();
        latch.await();
        System.out.println("latch count " + latch.getCount() + " await timed " + latch.await(1, TimeUnit.MILLISECONDS));
        worker.join();
        CountDownLatch never = new CountDownLatch(1);
        System.out.println("timed await of open latch " + never.await(5, TimeUnit.MILLISECONDS) + " count " + never.getCount());

        StringBuilder trips = new StringBuilder();
        CyclicBarrier barrier = new CyclicBarrier(1, () -> trips.append("trip;"));
        int arrival = barrier.await();
        barrier.await();
        System.out.println("barrier arrival " + arrival + " " + trips + " parties " + barrier.getParties() + " broken "
                + barrier.isBroken());
        barrier.reset();
        try {
            CyclicBarrier two = new CyclicBarrier(2);
            two.await(1, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("barrier of two timed out");
        } catch (BrokenBarrierException e) {
            System.out.println("broken");
        }

        Phaser phaser = new Phaser(1);
        System.out.println("phaser phase " + phaser.getPhase() + " arrive " + phaser.arriveAndAwaitAdvance() + " now "
                + phaser.getPhase() + " register " + phaser.register() + " parties " + phaser.getRegisteredParties());
        phaser.arriveAndDeregister();
        System.out.println("after deregister " + phaser.getRegisteredParties() + " arrive " + phaser.arrive() + " phase "
                + phaser.getPhase());

        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();
        System.out.println("park with a permit returned");
        LockSupport.parkNanos(2_000_000L);
        System.out.println("parkNanos returned");
        Thread.currentThread().interrupt();
        LockSupport.park();
        System.out.println("park of an interrupted thread returned " + Thread.interrupted());
        System.out.println("blocker " + LockSupport.getBlocker(Thread.currentThread()));
    }
}
