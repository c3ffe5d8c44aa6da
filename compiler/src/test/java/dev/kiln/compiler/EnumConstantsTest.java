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
 * {@code Class.getEnumConstants()} (behind {@code Enum.valueOf}) answers for the enums whose Class object a
 * program can hold: instantiated, also through a constant's body, or named by a class literal
 * (docs/RUNTIME-CONTRACT.md, "Class.forName and enum constants"); an enum that is only a field's type is not
 * listed, so its initializer is not part of the module.
 */
class EnumConstantsTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void listsInstantiatedAndLiteralEnumsOnly(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.LooksUpEnums",
                false, true, true, null));
        assertTrue(r.irDump().contains("LooksUpEnums$ByLiteral.values()"), "the class literal's enum is listed");
        assertTrue(r.irDump().contains("LooksUpEnums$WithBodies.values()"), "the enum of a constant's body is listed");
        assertFalse(r.irDump().contains("LooksUpEnums$OnlyMentioned.values()"), "a field's type is not");
        assertFalse(r.irDump().contains("OnlyMentioned initialised"), "nor is its initializer compiled");
        Path wasm = dir.resolve("p.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("GREEN 1 true\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }
}
