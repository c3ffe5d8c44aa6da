package concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executors: fixed, single-thread, cached and work-stealing pools and a ThreadPoolExecutor with a bounded
 * queue and a custom thread factory; submit of Callables and Runnables, Future.get (plain, timed, of a
 * failed task: ExecutionException), isDone/cancel, invokeAll, invokeAny, ExecutorCompletionService, tasks
 * that submit tasks, execute of a failing Runnable (the worker thread's uncaught exception handler gets it),
 * shutdown/shutdownNow/awaitTermination/isTerminated, RejectedExecutionException after shutdown, the
 * rejection policies, FutureTask run directly, and Executors.callable. Thread names, pool sizes and
 * completion orders that depend on timing are not printed.
 */
public class ExecutorServices {
    static Throwable original(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService fixed = Executors.newFixedThreadPool(3);
        Future<Integer> answer = fixed.submit(() -> 6 * 7);
        System.out.println("callable " + answer.get() + " done " + answer.isDone() + " cancelled " + answer.isCancelled());
        Future<?> runnable = fixed.submit(() -> System.out.println("runnable ran"));
        System.out.println("runnable result " + runnable.get());
        Future<String> withResult = fixed.submit(() -> { }, "given");
        System.out.println("runnable with result " + withResult.get(1, TimeUnit.SECONDS));
        Future<Integer> failed = fixed.submit(() -> Integer.parseInt("nope"));
        try {
            failed.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException: " + e.getMessage() + " / " + original(e).getClass().getName());
        }
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            jobs.add(() -> "job" + n + "=" + n * n);
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : fixed.invokeAll(jobs)) {
            results.add(f.get());
        }
        System.out.println("invokeAll " + results);
        System.out.println("invokeAll timed " + fixed.invokeAll(jobs, 1, TimeUnit.SECONDS).size());
        String any = fixed.invokeAny(jobs);
        System.out.println("invokeAny is a job " + any.startsWith("job"));
        List<Callable<String>> failingJobs = List.of(() -> {
            throw new IllegalStateException("first fails");
        }, () -> "second works");
        System.out.println("invokeAny skips failures " + fixed.invokeAny(failingJobs));
        try {
            fixed.invokeAny(List.<Callable<String>>of(() -> {
                throw new IllegalStateException("all fail");
            }));
        } catch (ExecutionException e) {
            System.out.println("invokeAny all failed: " + original(e).getMessage());
        }
        AtomicInteger nested = new AtomicInteger();
        Future<Integer> outer = fixed.submit(() -> {
            Future<Integer> inner = fixed.submit(() -> nested.addAndGet(10));
            return inner.get() + nested.addAndGet(1);
        });
        System.out.println("task submitting a task " + outer.get());

        CompletionService<Integer> completion = new ExecutorCompletionService<>(fixed);
        for (int i = 1; i <= 4; i++) {
            int n = i;
            completion.submit(() -> n * 100);
        }
        int total = 0;
        for (int i = 0; i < 4; i++) {
            total += completion.take().get();
        }
        System.out.println("completion service total " + total + " poll after " + completion.poll());

        fixed.shutdown();
        System.out.println("shutdown " + fixed.isShutdown() + " terminated " + fixed.awaitTermination(1, TimeUnit.SECONDS) + " "
                + fixed.isTerminated());
        try {
            fixed.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }

        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuilder order = new StringBuilder();
        List<Future<?>> steps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            steps.add(single.submit(() -> order.append(n)));
        }
        for (Future<?> f : steps) {
            f.get();
        }
        System.out.println("single thread order " + order);
        System.out.println("shutdownNow pending " + single.shutdownNow().size() + " terminated " + single.awaitTermination(1, TimeUnit.SECONDS));

        ExecutorService cached = Executors.newCachedThreadPool();
        System.out.println("cached " + cached.submit(() -> "c").get());
        cached.shutdown();
        ExecutorService stealing = Executors.newWorkStealingPool();
        System.out.println("work stealing " + stealing.submit(() -> 3 + 4).get() + " " + stealing.invokeAll(jobs).get(4).get());
        stealing.shutdown();

        AtomicInteger threadsMade = new AtomicInteger();
        CountDownLatch handled = new CountDownLatch(1);
        StringBuilder handlerSaw = new StringBuilder();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "worker-" + threadsMade.incrementAndGet());
            t.setUncaughtExceptionHandler((th, e) -> {
                handlerSaw.append(e.getMessage());
                handled.countDown();
            });
            return t;
        };
        ThreadPoolExecutor custom = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(2), factory,
                new ThreadPoolExecutor.CallerRunsPolicy());
        custom.execute(() -> {
            throw new IllegalArgumentException("execute failed");
        });
        System.out.println("after failing execute: handled " + handled.await(5, TimeUnit.SECONDS) + " " + handlerSaw
                + " thread factory used " + (threadsMade.get() > 0));
        System.out.println("custom submit " + custom.submit(() -> "custom").get() + " core " + custom.getCorePoolSize()
                + " max " + custom.getMaximumPoolSize() + " queue " + custom.getQueue().size());
        custom.shutdown();
        custom.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println("custom terminated " + custom.isTerminated() + " completed " + custom.getCompletedTaskCount());
        for (ThreadPoolExecutor.AbortPolicy policy : List.of(new ThreadPoolExecutor.AbortPolicy())) {
            ThreadPoolExecutor closed = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), policy);
            closed.shutdown();
            try {
                closed.execute(() -> { });
            } catch (RejectedExecutionException e) {
                System.out.println("abort policy rejects");
            }
        }
        ThreadPoolExecutor discarding = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new ThreadPoolExecutor.DiscardPolicy());
        discarding.shutdown();
        discarding.execute(() -> System.out.println("never"));
        System.out.println("discard policy drops silently");

        FutureTask<String> task = new FutureTask<>(() -> "direct");
        System.out.println("FutureTask before run " + task.isDone());
        task.run();
        System.out.println("FutureTask " + task.get() + " " + task.isDone());
        FutureTask<String> toCancel = new FutureTask<>(() -> "never");
        System.out.println("cancel " + toCancel.cancel(false) + " " + toCancel.isCancelled());
        try {
            toCancel.get();
        } catch (CancellationException e) {
            System.out.println("get of cancelled: CancellationException");
        }
        System.out.println("callable adapter " + Executors.callable(() -> { }, 9).call() + " " + Executors.callable(() -> { }).call());
    }
}
