package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.binaryen.Binaryen;
import dev.kiln.compiler.engine.ChicoryEngine;
import dev.kiln.compiler.engine.RunResult;
import dev.kiln.compiler.fixtures.LeanWordStats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release configuration the size budget is measured in (docs/CLASS-LIBRARY.md, "Where size stands"): Binaryen's
 * {@code -Oz} without names, on the budget's program. The module must behave as the JVM does; its size is printed for
 * the log, not asserted (size goals are measured, docs/CLASS-LIBRARY.md). Skipped without the native Binaryen library
 * unless {@code -Dkiln.binaryen.required=true} (CI, after {@code tools/binaryen/build.sh}) makes that a failure.
 */
class ReleaseBuildTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void theBudgetProgramAtOzWithoutNamesBehavesAsOnTheJvm(@TempDir Path dir) throws Exception {
        if (!Boolean.getBoolean("kiln.binaryen.required")) {
            assumeTrue(Binaryen.load() != null, () -> "Binaryen is not available: " + Binaryen.unavailableReason());
        }
        String main = LeanWordStats.class.getName();
        CompileResult plain = Kiln.compile(new CompileOptions(List.of(CLASSES), List.of(main), false, false, false, null,
                ModuleNames.NONE));
        CompileResult release = Kiln.compile(new CompileOptions(List.of(CLASSES), List.of(main), false, false, false, null,
                ModuleNames.NONE, WasmOptimization.OZ));
        assertEquals(List.of(), release.warnings());
        System.out.printf("%s: %,d B without names, %,d B at -Oz%n", main, plain.wasm().length, release.wasm().length);
        assertTrue(release.wasm().length < plain.wasm().length, "Binaryen makes the module smaller");
        Path wasm = dir.resolve("lean.wasm");
        Files.write(wasm, release.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(120));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals(onTheJvm(), new String(result.stdout(), StandardCharsets.UTF_8));
    }

    /** What the program prints on this JVM. */
    private static String onTheJvm() {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            LeanWordStats.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
