package dev.kiln.bench.programs;

/**
 * The timing loop every benchmark program shares, compiled into each of them: it runs the body {@code warmup} times
 * and then {@code iterations} times, checks each result against the one the benchmark expects (a wrong result throws,
 * which ends the program with a failure on every target) and prints one line {@code iteration <nanoseconds>} per
 * timed run. The arguments are {@code [warmup [iterations]]}. The runner ({@code BenchmarkRunner}) reads the lines.
 */
public final class Bench {
    /** One run of a benchmark's work: returns a checksum of what it computed. */
    public interface Body {
        long run();
    }

    private Bench() {
    }

    public static void run(String name, String[] args, int defaultIterations, long expected, Body body) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : defaultIterations;
        for (int i = 0; i < warmup + iterations; i++) {
            long start = System.nanoTime();
            long result = body.run();
            long nanos = System.nanoTime() - start;
            if (result != expected) {
                throw new IllegalStateException(name + ": wrong result " + result + ", expected " + expected);
            }
            if (i >= warmup) {
                System.out.println("iteration " + nanos);
            }
        }
        System.out.println(name + " ok");
    }
}
