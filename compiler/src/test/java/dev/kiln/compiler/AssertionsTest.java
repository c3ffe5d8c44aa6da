package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.engine.ChicoryEngine;
import dev.kiln.compiler.engine.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kiln runs programs with assertions disabled, as the JVM does without {@code -ea}: an assert statement never
 * runs, and the reachability analysis does not read it, so what only its condition or message calls is not
 * part of the module (frontend {@code BodyScanner}).
 */
class AssertionsTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void anAssertStatementNeitherRunsNorIsCompiled(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.Asserts",
                false, true, true, null));
        assertTrue(r.irDump().contains("Asserts.half(int)int"));
        assertFalse(r.irDump().contains("Asserts$Explainer"), "the assert statement's message is not reachable");
        assertFalse(r.irDump().contains("new java.lang.AssertionError"), "nor is the error it would throw");
        Path wasm = dir.resolve("p.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("3\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }
}
