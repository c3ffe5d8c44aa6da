package dev.kiln.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Where a suite run spends its time, by step (javac, jvm, kiln, binaryen, each engine's validation and run),
 * printed when the suite ends: the total and the slowest programs of each step. Test times cannot tell: with the
 * pipeline a test mostly waits for work started long before it, and CI's time budget (.ci/run) is spent per
 * step, not per test.
 */
final class StepTimes {
    private record Sample(String program, String step, long nanos) {
    }

    private static final List<Sample> SAMPLES = new ArrayList<>();

    private StepTimes() {}

    /** Runs {@code body} as step {@code step} of {@code program}, counting its wall time whether it fails or not. */
    static <T> T time(String program, String step, Callable<T> body) throws Exception {
        long start = System.nanoTime();
        try {
            return body.call();
        } finally {
            record(program, step, System.nanoTime() - start);
        }
    }

    static void record(String program, String step, long nanos) {
        synchronized (SAMPLES) {
            SAMPLES.add(new Sample(program, step, nanos));
        }
    }

    /** The summary: per step its total, count and the {@code slowest} longest programs; empty if nothing ran. */
    static String summary(int slowest) {
        Map<String, List<Sample>> bySteps = new TreeMap<>();
        synchronized (SAMPLES) {
            for (Sample s : SAMPLES) bySteps.computeIfAbsent(s.step(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Sample>> e : bySteps.entrySet()) {
            List<Sample> samples = new ArrayList<>(e.getValue());
            samples.sort(Comparator.comparingLong(Sample::nanos).reversed());
            long total = samples.stream().mapToLong(Sample::nanos).sum();
            sb.append(String.format("%-18s %7.1f s in %d runs; slowest:", e.getKey(), total / 1e9, samples.size()));
            for (Sample s : samples.subList(0, Math.min(slowest, samples.size()))) {
                sb.append(String.format(" %s %.1f s,", s.program(), s.nanos() / 1e9));
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        return sb.toString();
    }
}
