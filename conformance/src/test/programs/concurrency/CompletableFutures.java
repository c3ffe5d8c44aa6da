package concurrency;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * CompletableFuture chains: supplyAsync/runAsync (default pool and an explicit executor), thenApply,
 * thenAccept, thenRun, thenCompose, thenCombine, thenAcceptBoth, runAfterBoth, applyToEither, allOf/anyOf
 * of completed futures, exceptionally, handle, whenComplete, exceptionallyCompose, completeExceptionally,
 * obtrudeValue, cancel, getNow, join's CompletionException and get's ExecutionException (with their
 * messages), isCompletedExceptionally, completedFuture/failedFuture/completedStage, orTimeout-free timed get
 * of a completed future, and the number of dependents. Every future printed is complete by then.
 */
public class CompletableFutures {
    interface Action {
        Object run() throws Exception;
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (Exception e) {
            Throwable cause = e.getCause();
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage()
                    + (cause == null ? "" : " / cause " + cause.getClass().getName() + ": " + cause.getMessage()));
        }
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> base = CompletableFuture.supplyAsync(() -> 20);
        System.out.println("supplyAsync " + base.join() + " done " + base.isDone());
        System.out.println("chain " + CompletableFuture.supplyAsync(() -> 42).thenApply(x -> x + 1).join());
        StringBuilder log = new StringBuilder();
        CompletableFuture.runAsync(() -> log.append("ran;")).join();
        base.thenAccept(v -> log.append("accepted ").append(v).append(';')).join();
        base.thenRun(() -> log.append("then run;")).join();
        System.out.println("side effects " + log);
        System.out.println("compose " + base.thenCompose(v -> CompletableFuture.supplyAsync(() -> v * 3)).join());
        CompletableFuture<String> other = CompletableFuture.completedFuture("x");
        System.out.println("combine " + base.thenCombine(other, (a, b) -> b.repeat(a / 10)).join());
        base.thenAcceptBoth(other, (a, b) -> log.append("both ").append(a).append(b).append(';')).join();
        base.runAfterBoth(other, () -> log.append("after both;")).join();
        System.out.println("applyToEither " + base.applyToEither(CompletableFuture.completedFuture(20), v -> v + 1).join());
        System.out.println("log " + log);

        List<CompletableFuture<Integer>> parts = List.of(CompletableFuture.supplyAsync(() -> 1), CompletableFuture.supplyAsync(() -> 2),
                CompletableFuture.completedFuture(3));
        CompletableFuture<Void> all = CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]));
        System.out.println("allOf " + all.join() + " " + parts.stream().map(CompletableFuture::join).collect(Collectors.toList()));
        System.out.println("anyOf first completed " + CompletableFuture.anyOf(CompletableFuture.completedFuture("a"), new CompletableFuture<>()).join());

        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("boom");
        });
        attempt("join failing", failing::join);
        attempt("get failing", failing::get);
        System.out.println("failed flags " + failing.isDone() + " " + failing.isCompletedExceptionally() + " " + failing.isCancelled());
        System.out.println("exceptionally " + failing.exceptionally(t -> -1).join() + " cause class "
                + failing.exceptionally(t -> t.getClass().getSimpleName().length()).join());
        System.out.println("handle " + failing.handle((v, t) -> t == null ? "value " + v : "error " + t.getClass().getSimpleName()).join()
                + " / " + base.handle((v, t) -> t == null ? "value " + v : "error").join());
        StringBuilder seen = new StringBuilder();
        attempt("whenComplete keeps failure", () -> failing.whenComplete((v, t) -> seen.append(t != null)).join());
        System.out.println("whenComplete saw failure " + seen);
        System.out.println("exceptionallyCompose " + failing.exceptionallyCompose(t -> CompletableFuture.completedFuture(7)).join());
        attempt("thenApply after failure", () -> failing.thenApply(v -> v + 1).join());
        attempt("throwing stage", () -> base.thenApply(v -> {
            if (v > 0) {
                throw new ArithmeticException("in stage");
            }
            return v;
        }).join());

        CompletableFuture<String> manual = new CompletableFuture<>();
        System.out.println("incomplete getNow " + manual.getNow("absent") + " done " + manual.isDone() + " dependents "
                + manual.getNumberOfDependents());
        CompletableFuture<String> dependent = manual.thenApply(String::toUpperCase);
        System.out.println("dependents now " + manual.getNumberOfDependents() + " dependent done " + dependent.isDone());
        System.out.println("complete " + manual.complete("hello") + " again " + manual.complete("ignored") + " dependent "
                + dependent.join());
        manual.obtrudeValue("forced");
        System.out.println("obtrude " + manual.join());
        CompletableFuture<String> exceptional = new CompletableFuture<>();
        exceptional.completeExceptionally(new UnsupportedOperationException("told to fail"));
        attempt("completeExceptionally join", exceptional::join);
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        System.out.println("cancel " + cancelled.cancel(true) + " " + cancelled.isCancelled() + " " + cancelled.isCompletedExceptionally());
        attempt("join cancelled", cancelled::join);
        attempt("failedFuture", () -> CompletableFuture.failedFuture(new RuntimeException("pre-failed")).get());
        attempt("timed get of completed", () -> base.get(1, TimeUnit.MILLISECONDS));
        attempt("timed get of incomplete", () -> new CompletableFuture<String>().get(10, TimeUnit.MILLISECONDS));
        CompletionStage<String> stage = CompletableFuture.completedStage("staged");
        System.out.println("completedStage " + stage.toCompletableFuture().join());
        attempt("minimal stage obtrude", () -> {
            stage.toCompletableFuture().obtrudeValue("changed");
            return stage.toCompletableFuture().join();
        });

        ExecutorService pool = Executors.newFixedThreadPool(2);
        System.out.println("with executor " + CompletableFuture.supplyAsync(() -> "pooled", pool).thenApplyAsync(String::length, pool).join());
        Executor direct = Runnable::run;
        System.out.println("direct executor " + CompletableFuture.supplyAsync(() -> 5, direct).thenCombineAsync(
                CompletableFuture.completedFuture(6), Integer::sum, direct).join());
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(1, TimeUnit.SECONDS));
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException cause is the original " + (e.getCause() instanceof IllegalStateException));
        }
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("CompletionException cause is the original " + (e.getCause() instanceof IllegalStateException));
        }
        try {
            new CompletableFuture<Integer>().get(1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("TimeoutException " + e.getMessage());
        }
    }
}
