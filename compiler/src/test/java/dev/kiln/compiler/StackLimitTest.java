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
 * In a program that can recurse, only the frames of methods on a cycle of calls check the shadow stack's limit (the
 * optimizer's {@code StackLimitChecks}, docs/RUNTIME-CONTRACT.md, "Stack traces"), and deep recursion still throws a
 * StackOverflowError the program catches.
 */
class StackLimitTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void onlyRecursiveMethodsCheckTheLimit(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), List.of("dev.kiln.compiler.fixtures.Recurses"),
                true, false, false, null, null));
        String wat = r.wat();
        assertTrue(function(wat, "dev.kiln.compiler.fixtures.Recurses.depth_").contains("call $kiln.stack_overflow"),
                "the recursive method checks");
        assertTrue(function(wat, "dev.kiln.compiler.fixtures.Recurses.forever_").contains("call $kiln.stack_overflow"),
                "the recursive method checks");
        for (String quiet : List.of("dev.kiln.compiler.fixtures.Recurses.main_", "dev.kiln.compiler.fixtures.Recurses.describe_")) {
            String body = function(wat, quiet);
            assertTrue(body.contains("(local $frame"), quiet + " keeps a frame");
            assertFalse(body.contains("call $kiln.stack_overflow"), quiet + " is on no cycle and checks nothing");
        }
        Path wasm = dir.resolve("recurses.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(120));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("1000\nvalues[1] = 5\noverflow caught\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }

    /** The text of the function whose name starts with {@code prefix}. */
    private static String function(String wat, String prefix) {
        int start = wat.indexOf("(func $" + prefix);
        assertTrue(start >= 0, "no function " + prefix);
        int end = wat.indexOf("\n  (func ", start + 1);
        return wat.substring(start, end < 0 ? wat.length() : end);
    }
}
