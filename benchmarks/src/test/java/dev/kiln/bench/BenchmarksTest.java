package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.bench.programs.Bench;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark computes what it expects on HotSpot (one timed iteration, no warm-up) and prints the lines the runner
 * reads; a wrong result fails the run. No timing is asserted here: the numbers come from the runner
 * (benchmarks/README.md).
 */
class BenchmarksTest {
    @Test
    void everyBenchmarkChecksOutOnHotSpot() throws Exception {
        for (Class<?> program : BenchmarkRunner.PROGRAMS) {
            String out = run(program);
            List<String> lines = out.lines().toList();
            assertEquals(2, lines.size(), program + ": " + out);
            assertTrue(lines.get(0).matches("iteration [0-9]+"), program + ": " + out);
            assertTrue(lines.get(1).endsWith(" ok"), program + ": " + out);
        }
    }

    @Test
    void aWrongResultFailsTheRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Bench.run("always-one", new String[] {"0", "1"}, 1, 2, () -> 1));
        assertEquals("always-one: wrong result 1, expected 2", e.getMessage());
    }

    @Test
    void mediansAndGeometricMeans() {
        assertEquals(3.0, BenchmarkRunner.median(List.of(5L, 1L, 3L)));
        assertEquals(2.5, BenchmarkRunner.median(List.of(4L, 1L, 3L, 2L)));
        assertEquals(2.0, BenchmarkRunner.geometricMean(List.of(1.0, 4.0)), 1e-12);
    }

    private static String run(Class<?> program) throws Exception {
        Method main = program.getMethod("main", String[].class);
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[] {"0", "1"});
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
