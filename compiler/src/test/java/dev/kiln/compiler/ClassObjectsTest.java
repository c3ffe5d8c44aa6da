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
 * A vtable holds its type's Class object only if objects of the type may be asked for it ({@code getClass()}, which
 * the type flow follows: {@code IrProgram.classQueried}); another type's Class object, and its name, are not in the
 * module unless something else names them.
 */
class ClassObjectsTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void onlyTypesAskedForTheirClassHaveAClassObject(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), List.of("dev.kiln.compiler.fixtures.AsksClass"),
                true, false, false, null, null));
        assertTrue(r.wat().contains("(global $dev.kiln.compiler.fixtures.AsksClass$Asked#class "), "the asked type's Class");
        assertFalse(r.wat().contains("(global $dev.kiln.compiler.fixtures.AsksClass$NeverAsked#class "),
                "no Class object for the type never asked");
        Path wasm = dir.resolve("asks.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("dev.kiln.compiler.fixtures.AsksClass$Asked\nnever asked\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }
}
