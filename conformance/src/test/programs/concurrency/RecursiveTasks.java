package concurrency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

/**
 * User-written fork/join tasks: RecursiveTask (Fibonacci, array sum with fork/compute/join), RecursiveAction
 * (in-place merge sort, array transform with invokeAll of two and of a collection), run through invoke(),
 * the common pool and a custom pool (invoke, submit+get, execute+join), task states before and after
 * (isDone, isCompletedNormally, isCompletedAbnormally, getRawResult), exceptions thrown by a task
 * (rethrown by join/invoke, wrapped in ExecutionException by get), completeExceptionally/complete/cancel,
 * ForkJoinTask.adapt of Runnables and Callables, and pool shutdown. When a task that threw ran on another
 * thread than the one that joins it, the JVM reports a copy of the exception with the original as its cause
 * (Kiln runs forked tasks on the forking thread and reports the original): the program prints the original,
 * the innermost cause.
 */
public class RecursiveTasks {
    static final class Fib extends RecursiveTask<Long> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Long compute() {
            if (n <= 12) {
                return slow(n);
            }
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }

        static long slow(int n) {
            return n < 2 ? n : slow(n - 1) + slow(n - 2);
        }
    }

    static final class Sum extends RecursiveTask<Long> {
        final long[] a;
        final int lo;
        final int hi;

        Sum(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= 1000) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    s += a[i];
                }
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid);
            Sum right = new Sum(a, mid, hi);
            left.fork();
            right.fork();
            return right.join() + left.join();
        }
    }

    static final class MergeSort extends RecursiveAction {
        final int[] a;
        final int[] tmp;
        final int lo;
        final int hi;

        MergeSort(int[] a, int[] tmp, int lo, int hi) {
            this.a = a;
            this.tmp = tmp;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo < 64) {
                Arrays.sort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new MergeSort(a, tmp, lo, mid), new MergeSort(a, tmp, mid, hi));
            System.arraycopy(a, lo, tmp, lo, hi - lo);
            int i = lo;
            int j = mid;
            for (int k = lo; k < hi; k++) {
                a[k] = j >= hi || (i < mid && tmp[i] <= tmp[j]) ? tmp[i++] : tmp[j++];
            }
        }
    }

    static final class Square extends RecursiveAction {
        final double[] a;
        final int lo;
        final int hi;

        Square(double[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 100) {
                for (int i = lo; i < hi; i++) {
                    a[i] = a[i] * a[i];
                }
                return;
            }
            List<Square> parts = new ArrayList<>();
            int step = (hi - lo + 3) / 4;
            for (int s = lo; s < hi; s += step) {
                parts.add(new Square(a, s, Math.min(hi, s + step)));
            }
            invokeAll(parts);
        }
    }

    static final class Failing extends RecursiveTask<Integer> {
        final int depth;

        Failing(int depth) {
            this.depth = depth;
        }

        @Override
        protected Integer compute() {
            if (depth == 0) {
                throw new IllegalStateException("bottom reached");
            }
            Failing child = new Failing(depth - 1);
            child.fork();
            return child.join() + 1;
        }
    }

    /** The exception a task threw, under the JVM's copy if the task ran on another thread. */
    static Throwable original(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static void main(String[] args) throws Exception {
        Fib fib = new Fib(30);
        System.out.println("before: done " + fib.isDone() + " raw " + fib.getRawResult());
        System.out.println("fib(30) " + fib.invoke() + " done " + fib.isDone() + " normally " + fib.isCompletedNormally()
                + " abnormally " + fib.isCompletedAbnormally() + " raw " + fib.getRawResult());
        System.out.println("common pool fib(25) " + ForkJoinPool.commonPool().invoke(new Fib(25)));
        long[] values = new long[100_000];
        Arrays.setAll(values, i -> (long) i * i % 1_000_003);
        System.out.println("sum " + new Sum(values, 0, values.length).invoke() + " expected " + Arrays.stream(values).sum());
        int[] data = new int[50_000];
        Arrays.setAll(data, i -> (int) ((i * 2654435761L) % 100_000));
        int[] expected = data.clone();
        Arrays.sort(expected);
        new MergeSort(data, new int[data.length], 0, data.length).invoke();
        System.out.println("merge sort " + Arrays.equals(data, expected) + " " + data[0] + " " + data[49_999]);
        double[] squares = new double[1000];
        Arrays.setAll(squares, i -> i / 10.0);
        ForkJoinPool.commonPool().invoke(new Square(squares, 0, squares.length));
        System.out.println("squares " + squares[3] + " " + squares[999] + " " + Arrays.stream(squares).sum());

        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("pool parallelism " + pool.getParallelism());
        System.out.println("pool invoke " + pool.invoke(new Fib(20)));
        ForkJoinTask<Long> submitted = pool.submit(new Sum(values, 0, 5000));
        System.out.println("pool submit get " + submitted.get() + " timed get " + submitted.get(1, TimeUnit.SECONDS));
        Fib executed = new Fib(15);
        pool.execute(executed);
        System.out.println("pool execute join " + executed.join());
        ForkJoinTask<?> adaptedRunnable = pool.submit(ForkJoinTask.adapt(() -> System.out.println("adapted runnable ran")));
        adaptedRunnable.join();
        System.out.println("adapted runnable result " + adaptedRunnable.get());
        System.out.println("adapted callable " + pool.invoke(ForkJoinTask.adapt(() -> "called")));
        System.out.println("adapted with result " + pool.submit(() -> System.out.print(""), "fixed").get());

        Failing failing = new Failing(5);
        try {
            failing.invoke();
        } catch (IllegalStateException e) {
            System.out.println("invoke threw " + original(e).getMessage() + " abnormally " + failing.isCompletedAbnormally()
                    + " exception " + original(failing.getException()).getMessage());
        }
        try {
            pool.submit(new Failing(3)).get();
        } catch (ExecutionException e) {
            System.out.println("get threw ExecutionException caused by " + e.getCause().getClass().getName() + ": "
                    + original(e).getMessage());
        }
        ForkJoinTask<Integer> failingJoin = new Failing(2).fork();
        try {
            failingJoin.join();
        } catch (IllegalStateException e) {
            System.out.println("join threw " + original(e).getMessage());
        }

        Fib completed = new Fib(40);
        completed.complete(99L);
        System.out.println("complete " + completed.isDone() + " " + completed.join() + " " + completed.invoke());
        Fib broken = new Fib(40);
        broken.completeExceptionally(new ArithmeticException("manual"));
        try {
            broken.join();
        } catch (ArithmeticException e) {
            System.out.println("completeExceptionally " + e.getMessage());
        }
        Fib cancelled = new Fib(40);
        System.out.println("cancel " + cancelled.cancel(true) + " cancelled " + cancelled.isCancelled() + " abnormally "
                + cancelled.isCompletedAbnormally() + " exception " + cancelled.getException().getClass().getName());
        try {
            cancelled.join();
        } catch (java.util.concurrent.CancellationException e) {
            System.out.println("join of cancelled: CancellationException");
        }
        Fib again = new Fib(10);
        again.invoke();
        again.reinitialize();
        System.out.println("reinitialize done " + again.isDone() + " then " + again.invoke());
        System.out.println("quietly " + quietly());

        pool.shutdown();
        System.out.println("shutdown " + pool.isShutdown() + " terminated " + pool.awaitTermination(1, TimeUnit.SECONDS) + " "
                + pool.isTerminated());
        try {
            pool.submit(new Fib(3));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            System.out.println("submit after shutdown: RejectedExecutionException");
        }
        ForkJoinPool.commonPool().shutdown();
        System.out.println("common pool ignores shutdown " + ForkJoinPool.commonPool().isShutdown() + " "
                + ForkJoinPool.commonPool().invoke(new Fib(12)));
    }

    static String quietly() {
        Failing f = new Failing(1);
        f.quietlyInvoke();
        Fib ok = new Fib(14);
        ok.fork();
        ok.quietlyJoin();
        return f.isCompletedAbnormally() + " " + original(f.getException()).getMessage() + " " + ok.getRawResult();
    }
}
