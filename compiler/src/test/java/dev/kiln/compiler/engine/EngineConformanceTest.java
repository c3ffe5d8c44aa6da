package dev.kiln.compiler.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every engine runs the same WASI command modules with the same result: stdout, stderr and exit status are
 * compared byte for byte against the expectation and therefore against each other. Only a trap's message
 * may differ, since it is the engine's own.
 */
class EngineConformanceTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Test
    void helloWritesToStdoutAndStderr() throws EngineException {
        assertEverywhere("hello", List.of(), "", "hello, world\n", "hello, stderr\n", 0);
    }

    @Test
    void procExitSetsTheExitStatus() throws EngineException {
        assertEverywhere("exit", List.of(), "", "exiting with 3\n", "", 3);
    }

    @Test
    void argumentsFollowTheModuleName() throws EngineException {
        assertEverywhere("args", List.of("one", "two words", "", "--validate", "ünïcödé"), "",
                "args.wasm\none\ntwo words\n\n--validate\nünïcödé\n", "", 0);
    }

    @Test
    void stdinIsReadToTheEnd() throws EngineException {
        assertEverywhere("stdin", List.of(), "hello\nworld", "HELLO\nWORLD", "", 0);
    }

    @Test
    void largeStdinIsReadToTheEnd() throws EngineException {
        String line = "the quick brown fox jumps over the lazy dog\n";
        String input = line.repeat(10_000);
        assertEverywhere("stdin", List.of(), input, input.toUpperCase(java.util.Locale.ROOT), "", 0);
    }

    @Test
    void gcExceptionsAndTailCallsAreEnabled() throws EngineException {
        assertEverywhere("features", List.of(), "",
                "gc 12 0 10\nexn 42\ntail 500000500000\nmisc -2147483648 -1 7\n", "", 0);
    }

    @Test
    void deepRecursionFitsOnTheStack() throws EngineException {
        assertEverywhere("deep", List.of(), "", "", "", 0);
    }

    @Test
    void aTrapExitsWith134AndAMessage() throws EngineException {
        Map<String, RunResult> results = runEverywhere("trap", List.of(), "");
        assertAll(results.entrySet().stream().map(entry -> () -> {
            RunResult result = entry.getValue();
            assertEquals("about to trap\n", result.stdoutText(), entry.getKey());
            assertEquals(WasmEngine.TRAP_EXIT_CODE, result.exitCode(), entry.getKey());
            assertTrue(result.stderrText().startsWith("wasm trap: "), entry.getKey() + ": " + result.stderrText());
        }));
    }

    private static void assertEverywhere(String module, List<String> args, String stdin,
            String stdout, String stderr, int exitCode) throws EngineException {
        Map<String, RunResult> results = runEverywhere(module, args, stdin);
        assertAll(results.entrySet().stream().map(entry -> () -> {
            RunResult result = entry.getValue();
            String engine = entry.getKey();
            assertEquals(stdout, result.stdoutText(), engine + " stdout");
            assertEquals(stderr, result.stderrText(), engine + " stderr");
            assertEquals(exitCode, result.exitCode(), engine + " exit status");
        }));
    }

    private static Map<String, RunResult> runEverywhere(String module, List<String> args, String stdin)
            throws EngineException {
        var wasm = TestModules.wasm(module);
        Map<String, RunResult> results = new LinkedHashMap<>();
        for (WasmEngine engine : Engines.all()) {
            results.put(engine.name(), engine.run(wasm, args, stdin.getBytes(StandardCharsets.UTF_8), TIMEOUT));
        }
        return results;
    }
}
