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
 * The optimizer's type flow ({@code dev.kiln.opt.flow}) in the whole compiler: an override that no value reaching a
 * call selects is not part of the module, nor is what only it uses, and the program still runs as on the JVM.
 */
class TypeFlowTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void anOverrideNoReceiverSelectsIsNotCompiled(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.Sinks",
                false, true, true, null));
        // Console.put is the call's one target: the call is direct, and the inliner copies the body into main.
        assertTrue(r.irDump().contains("method public put(java.lang.String)void"));
        assertFalse(r.irDump().contains("(v0: dev.kiln.compiler.fixtures.Sinks$Recorder, v1: java.lang.String)"),
                "no Recorder reaches Sink.put, so its override is not compiled");
        assertFalse(r.irDump().contains("new dev.kiln.compiler.fixtures.Sinks$Marker"), "nor what only it makes");
        Path wasm = dir.resolve("p.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("to the console\nRecorder\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }

    /**
     * Fields that are stored before anything can read them do not start null ({@code FieldInitialization}): the
     * {@code out} of {@code System} (stored by its initializer), the {@code value} of a {@code String} (stored by its
     * constructors, and by the backend in literals). Reads of them get no null check.
     */
    @Test
    void fieldsStoredBeforeAnyReadGetNoNullCheck() {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.Sinks",
                false, true, true, null));
        // Console.put, inlined into main, reads System.out; String.length, inlined everywhere, reads a String's value.
        assertTrue(readsWithoutNullCheck(r.irDump(), "getstatic java.lang.System.out:java.io.PrintStream") > 0);
        assertTrue(readsWithoutNullCheck(r.irDump(), "getfield java.lang.String.value:char[]") > 0);
    }

    /**
     * How many times a method body of the dump reads with {@code read}; fails if one of those values is null-checked
     * in its body.
     */
    private static int readsWithoutNullCheck(String dump, String read) {
        int reads = 0;
        for (String body : dump.split("\n  method ")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(v[0-9]+) = " + java.util.regex.Pattern.quote(read)).matcher(body);
            while (m.find()) {
                reads++;
                assertFalse(body.contains("nullcheck " + m.group(1) + " "), () -> "a read is null-checked:\n" + body);
            }
        }
        return reads;
    }

    /**
     * A {@code main} that never reads its parameter gets null for it, so the WASI arguments are not decoded and
     * {@code Startup.mainArgs} is not part of the module; one that reads them gets them.
     */
    @Test
    void argumentsAreDecodedOnlyForAMainThatReadsThem(@TempDir Path dir) throws Exception {
        CompileResult ignores = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.Sinks",
                false, true, true, null));
        assertFalse(ignores.irDump().contains("mainArgs()"), "Sinks.main ignores its arguments");
        Path ignoring = dir.resolve("sinks.wasm");
        Files.write(ignoring, ignores.wasm());
        RunResult quiet = new ChicoryEngine().run(ignoring, List.of("unused"), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, quiet.exitCode(), new String(quiet.stderr(), StandardCharsets.UTF_8));
        assertEquals("to the console\nRecorder\n", new String(quiet.stdout(), StandardCharsets.UTF_8));

        CompileResult reads = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.EchoesArguments",
                false, true, true, null));
        assertTrue(reads.irDump().contains("mainArgs()"), "EchoesArguments.main reads them");
        Path echoing = dir.resolve("echo.wasm");
        Files.write(echoing, reads.wasm());
        RunResult echoed = new ChicoryEngine().run(echoing, List.of("one", "two"), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, echoed.exitCode(), new String(echoed.stderr(), StandardCharsets.UTF_8));
        assertEquals("one\ntwo\n", new String(echoed.stdout(), StandardCharsets.UTF_8));
    }
}
