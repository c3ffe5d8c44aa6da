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
 * A program compiled against the JDK 17 and the JDK 25 class library prints each JDK's number text
 * (docs/runtime-lib.md, "Number text"): runtime-lib's substitution for {@code Double}/{@code Float} brings the
 * JDK's own {@code FloatingDecimal} in before Java 19, and only then; the IR shows which algorithm a module holds.
 */
class ClassLibraryVersionTest {
    private static final Path JDK17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Path CLASSES = Path.of("target/test-classes");

    private static CompileResult compile(Path jdk) {
        assertTrue(Files.isRegularFile(jdk.resolve("release")), "the build machine has a JDK at " + jdk);
        return Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.PrintsNumbers", false, true, true, jdk));
    }

    private static String run(CompileResult r, Path dir) throws Exception {
        Path wasm = dir.resolve("p.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        return new String(result.stdout(), StandardCharsets.UTF_8);
    }

    @Test
    void jdk17sNumberTextIsFloatingDecimals(@TempDir Path dir) throws Exception {
        CompileResult r = compile(JDK17);
        assertTrue(r.irDump().contains("jdk.internal.math.FloatingDecimal.toJavaFormatString(double)"), "FloatingDecimal is compiled");
        assertFalse(r.irDump().contains("dev.kiln.runtime.ShortestDecimal"), "runtime-lib's algorithm is not");
        assertEquals("9.999999999999999E22 1.50000005E10\n", run(r, dir));
    }

    @Test
    void jdk25sNumberTextIsTheShortestDecimal(@TempDir Path dir) throws Exception {
        CompileResult r = compile(JDK25);
        assertTrue(r.irDump().contains("dev.kiln.runtime.ShortestDecimal"), "runtime-lib's algorithm is compiled");
        assertFalse(r.irDump().contains("jdk.internal.math"), "no part of FloatingDecimal is");
        assertEquals("1.0E23 1.5E10\n", run(r, dir));
    }
}
