package concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Exchanger;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that hand work over through queues and latches in an order every schedule agrees on: a producer
 * thread filling a queue that the main thread then drains, consumers started after the producer, a
 * pipeline of stages joined in order, thread groups and their uncaught exception handling, thread names,
 * priorities and states around start/join, and timed waits that end by timing out (Exchanger without a
 * partner, an empty queue's timed poll).
 */
public class ThreadsAndQueues {
    public static void main(String[] args) throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 10; i++) {
                queue.add(i * i);
            }
            queue.add(-1);
        }, "producer");
        System.out.println("before start " + producer.getState() + " alive " + producer.isAlive());
        producer.start();
        producer.join();
        System.out.println("after join " + producer.getState() + " alive " + producer.isAlive());
        int sum = 0;
        for (int v = queue.take(); v >= 0; v = queue.take()) {
            sum += v;
        }
        System.out.println("consumed sum " + sum + " left " + queue.size());

        BlockingQueue<String> work = new ArrayBlockingQueue<>(100);
        for (int i = 0; i < 20; i++) {
            work.put("item" + i);
        }
        ConcurrentLinkedQueue<String> done = new ConcurrentLinkedQueue<>();
        AtomicInteger handled = new AtomicInteger();
        List<Thread> consumers = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            Thread t = new Thread(() -> {
                String item;
                while ((item = work.poll()) != null) {
                    done.add(item.toUpperCase());
                    handled.incrementAndGet();
                }
            });
            consumers.add(t);
            t.start();
        }
        for (Thread t : consumers) {
            t.join();
        }
        System.out.println("consumers handled " + handled.get() + " distinct " + done.stream().distinct().count() + " queue empty "
                + work.isEmpty());

        CountDownLatch ready = new CountDownLatch(3);
        StringBuilder stages = new StringBuilder();
        Thread[] pipeline = new Thread[3];
        for (int i = 0; i < pipeline.length; i++) {
            int n = i;
            pipeline[i] = new Thread(() -> {
                synchronized (stages) {
                    stages.append("stage").append(n).append(' ');
                }
                ready.countDown();
            }, "stage-" + i);
        }
        for (Thread t : pipeline) {
            t.start();
            t.join();
        }
        System.out.println("pipeline " + stages + "latch " + ready.await(1, TimeUnit.SECONDS));

        ThreadGroup group = new ThreadGroup("workers");
        group.setMaxPriority(7);
        StringBuilder reports = new StringBuilder();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> reports.append(t.getName()).append(": ").append(e.getMessage()).append(';'));
        Thread failing = new Thread(group, () -> {
            throw new IllegalStateException("worker failed");
        }, "failing-worker");
        failing.setPriority(Thread.MAX_PRIORITY);
        System.out.println("group " + failing.getThreadGroup().getName() + " parent " + group.getParent().getName()
                + " max priority " + group.getMaxPriority() + " thread priority " + failing.getPriority() + " parentOf "
                + group.getParent().parentOf(group));
        failing.start();
        failing.join();
        Thread.setDefaultUncaughtExceptionHandler(previous);
        System.out.println("reported through the group " + reports + " state " + failing.getState() + " group after "
                + failing.getThreadGroup());
        Thread own = new Thread(() -> {
            throw new UnsupportedOperationException("own handler");
        });
        own.setUncaughtExceptionHandler((t, e) -> reports.append("own ").append(e.getMessage()));
        own.start();
        own.join();
        System.out.println("own handler " + reports);

        Thread named = new Thread(() -> { }, "custom-name");
        named.setDaemon(true);
        System.out.println("name " + named.getName() + " daemon " + named.isDaemon() + " interrupted " + named.isInterrupted());
        named.interrupt();
        System.out.println("interrupt flag " + named.isInterrupted());

        Exchanger<String> exchanger = new Exchanger<>();
        try {
            exchanger.exchange("alone", 5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("exchange without a partner timed out");
        }
        System.out.println("timed poll of empty queue " + queue.poll(5, TimeUnit.MILLISECONDS));
    }
}
