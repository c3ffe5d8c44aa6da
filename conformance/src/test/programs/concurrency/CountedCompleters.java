package concurrency;

import java.util.Arrays;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * CountedCompleter trees written by hand: a map-reduce whose onCompletion combines the children's results,
 * a for-each that counts its leaves through pending counts (setPendingCount, addToPendingCount,
 * tryComplete, propagateCompletion; which call completes an inner node depends on timing on the JVM, so
 * only what every schedule agrees on is printed), a search that completes the root early with quietlyCompleteRoot,
 * the firstComplete/nextComplete loop, getCompleter/getRoot, complete with a result, and exceptions:
 * completeExceptionally and a leaf that throws both complete the root abnormally and reach join().
 */
public class CountedCompleters {
    static final class MapReducer extends CountedCompleter<Integer> {
        final int[] array;
        final IntUnaryOperator mapper;
        final IntBinaryOperator reducer;
        final int lo;
        final int hi;
        MapReducer forks;
        MapReducer next;
        int result;

        MapReducer(CountedCompleter<?> parent, int[] array, IntUnaryOperator mapper, IntBinaryOperator reducer, int lo, int hi,
                MapReducer next) {
            super(parent);
            this.array = array;
            this.mapper = mapper;
            this.reducer = reducer;
            this.lo = lo;
            this.hi = hi;
            this.next = next;
        }

        @Override
        public void compute() {
            int l = lo;
            int h = hi;
            while (h - l >= 100) {
                int mid = (l + h) >>> 1;
                addToPendingCount(1);
                (forks = new MapReducer(this, array, mapper, reducer, mid, h, forks)).fork();
                h = mid;
            }
            int r = 0;
            for (int i = l; i < h; i++) {
                r = reducer.applyAsInt(r, mapper.applyAsInt(array[i]));
            }
            result = r;
            for (CountedCompleter<?> c = firstComplete(); c != null; c = c.nextComplete()) {
                MapReducer t = (MapReducer) c;
                for (MapReducer s = t.forks; s != null; s = t.forks = s.next) {
                    t.result = reducer.applyAsInt(t.result, s.result);
                }
            }
        }

        @Override
        public Integer getRawResult() {
            return result;
        }
    }

    static final class Leaves extends CountedCompleter<Void> {
        final int lo;
        final int hi;
        final AtomicInteger leaves;
        final AtomicInteger completions;

        Leaves(CountedCompleter<?> parent, int lo, int hi, AtomicInteger leaves, AtomicInteger completions) {
            super(parent);
            this.lo = lo;
            this.hi = hi;
            this.leaves = leaves;
            this.completions = completions;
        }

        @Override
        public void compute() {
            if (hi - lo <= 10) {
                leaves.incrementAndGet();
                tryComplete();
                return;
            }
            int mid = (lo + hi) >>> 1;
            setPendingCount(2);
            new Leaves(this, lo, mid, leaves, completions).fork();
            new Leaves(this, mid, hi, leaves, completions).fork();
            propagateCompletion();
        }

        @Override
        public void onCompletion(CountedCompleter<?> caller) {
            completions.incrementAndGet();
        }
    }

    static final class Searcher extends CountedCompleter<Integer> {
        final int[] array;
        final int target;
        final int lo;
        final int hi;
        final AtomicReference<Integer> found;

        Searcher(CountedCompleter<?> parent, int[] array, int target, int lo, int hi, AtomicReference<Integer> found) {
            super(parent);
            this.array = array;
            this.target = target;
            this.lo = lo;
            this.hi = hi;
            this.found = found;
        }

        @Override
        public void compute() {
            int l = lo;
            int h = hi;
            while (found.get() == null && h - l > 50) {
                int mid = (l + h) >>> 1;
                addToPendingCount(1);
                new Searcher(this, array, target, mid, h, found).fork();
                h = mid;
            }
            for (int i = l; i < h && found.get() == null; i++) {
                if (array[i] == target && found.compareAndSet(null, i)) {
                    quietlyCompleteRoot();
                    return;
                }
            }
            tryComplete();
        }

        @Override
        public Integer getRawResult() {
            return found.get();
        }
    }

    static final class Thrower extends CountedCompleter<Void> {
        final int depth;

        Thrower(CountedCompleter<?> parent, int depth) {
            super(parent);
            this.depth = depth;
        }

        @Override
        public void compute() {
            if (depth == 0) {
                throw new IllegalArgumentException("leaf failed");
            }
            setPendingCount(1);
            new Thrower(this, depth - 1).fork();
            tryComplete();
        }

        @Override
        public boolean onExceptionalCompletion(Throwable ex, CountedCompleter<?> caller) {
            return true;
        }
    }

    static Throwable original(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static void main(String[] args) {
        int[] data = new int[10_000];
        Arrays.setAll(data, i -> i % 113);
        int sumOfSquares = new MapReducer(null, data, x -> x * x, Integer::sum, 0, data.length, null).invoke();
        int max = ForkJoinPool.commonPool().invoke(new MapReducer(null, data, x -> (x * 37) % 101, Math::max, 0, data.length, null));
        System.out.println("map-reduce " + sumOfSquares + " expected " + Arrays.stream(data).map(x -> x * x).sum() + " max " + max);

        AtomicInteger leaves = new AtomicInteger();
        AtomicInteger completions = new AtomicInteger();
        Leaves root = new Leaves(null, 0, 1000, leaves, completions);
        root.invoke();
        // Which tryComplete completes an inner node (and so whether its onCompletion runs) depends on timing: only the
        // leaves' are certain.
        System.out.println("leaves " + leaves.get() + " onCompletion calls >= leaves " + (completions.get() >= 128) + " done " + root.isDone()
                + " pending " + root.getPendingCount() + " root " + (root.getRoot() == root) + " completer " + root.getCompleter());

        int[] haystack = new int[5000];
        Arrays.setAll(haystack, i -> i * 3);
        Integer index = new Searcher(null, haystack, 3 * 4321, 0, haystack.length, new AtomicReference<>()).invoke();
        Integer missing = new Searcher(null, haystack, 1, 0, haystack.length, new AtomicReference<>()).invoke();
        System.out.println("search " + index + " missing " + missing);

        CountedCompleter<String> manual = new CountedCompleter<>() {
            String value;

            @Override
            public void compute() {
            }

            @Override
            public String getRawResult() {
                return value;
            }

            @Override
            protected void setRawResult(String t) {
                value = t;
            }
        };
        manual.complete("given");
        System.out.println("complete " + manual.isDone() + " " + manual.join() + " pending " + manual.getPendingCount());
        CountedCompleter<Void> counted = new CountedCompleter<>() {
            @Override
            public void compute() {
            }
        };
        counted.setPendingCount(2);
        counted.tryComplete();
        System.out.println("after one tryComplete " + counted.isDone() + " pending " + counted.getPendingCount()
                + " decrement " + counted.decrementPendingCountUnlessZero() + " cas " + counted.compareAndSetPendingCount(0, 1));
        counted.tryComplete();
        counted.tryComplete();
        System.out.println("after more " + counted.isDone());

        Thrower thrower = new Thrower(null, 4);
        try {
            thrower.invoke();
            System.out.println("no exception?");
        } catch (IllegalArgumentException e) {
            System.out.println("leaf exception reached root: " + original(e).getMessage() + " abnormally " + thrower.isCompletedAbnormally());
        }
        CountedCompleter<Void> failed = new CountedCompleter<>() {
            @Override
            public void compute() {
                completeExceptionally(new UnsupportedOperationException("explicit"));
            }
        };
        failed.fork();
        try {
            failed.join();
        } catch (UnsupportedOperationException e) {
            System.out.println("completeExceptionally " + original(e).getMessage() + " " + failed.getException().getClass().getName());
        }
    }
}
