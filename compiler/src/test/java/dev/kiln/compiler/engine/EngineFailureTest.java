package dev.kiln.compiler.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modules that engines must refuse, and runs they must stop: each fails with an {@link EngineException}. */
class EngineFailureTest {
    /**
     * A function of type {@code [] -> []} whose body leaves an {@code i32} on the stack: well-formed binary,
     * but invalid, so only a validating engine notices.
     */
    private static final byte[] TYPE_ERROR = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
        0x03, 0x02, 0x01, 0x00,
        0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x00, 0x0b,
    };

    /** Each engine's own words for the type error, to show that the message is the engine's. */
    private static final Map<String, String> TYPE_ERROR_MESSAGES = Map.of(
            "chicory", "type mismatch",
            "node", "CompileError",
            "wasmtime", "type mismatch");

    @TempDir
    Path dir;

    @Test
    void validateRejectsAnInvalidModuleWithTheEnginesMessage() throws Exception {
        Path wasm = Files.write(dir.resolve("type-error.wasm"), TYPE_ERROR);
        assertAll(Engines.all().stream().map(engine -> () -> {
            EngineException e = assertThrows(EngineException.class, () -> engine.validate(wasm), engine.name());
            String expected = TYPE_ERROR_MESSAGES.get(engine.name());
            assertTrue(e.getMessage().contains(expected), engine.name() + ": " + e.getMessage());
        }));
    }

    @Test
    void binaryenRejectsAnInvalidModule() throws Exception {
        Path wasm = Files.write(dir.resolve("type-error.wasm"), TYPE_ERROR);
        EngineException e = assertThrows(EngineException.class, () -> new BinaryenValidator().validate(wasm));
        assertTrue(e.getMessage().contains("wasm-validator error"), e.getMessage());
    }

    @Test
    void binaryenServerAcceptsValidModulesAndRejectsAnInvalidOneWithBinaryensMessage() throws Exception {
        Path bad = Files.write(dir.resolve("type-error.wasm"), TYPE_ERROR);
        Path notWasm = Files.writeString(dir.resolve("text.wasm"), "not a module");
        try (BinaryenValidator.Server server = new BinaryenValidator.Server()) {
            server.validate(TestModules.wasm("hello"));
            EngineException e = assertThrows(EngineException.class, () -> server.validate(bad));
            assertTrue(e.getMessage().contains("wasm-validator error"), e.getMessage());
            assertThrows(EngineException.class, () -> server.validate(notWasm));
            // The same process goes on serving after a rejection.
            server.validate(TestModules.wasm("features"));
        }
    }

    @Test
    void runRejectsAnInvalidModule() throws Exception {
        Path wasm = Files.write(dir.resolve("type-error.wasm"), TYPE_ERROR);
        assertRunRejected(wasm, "rejected the module");
    }

    @Test
    void runRejectsAModuleWithoutStart() throws Exception {
        assertRunRejected(TestModules.wasm("no-start"), "does not export _start");
    }

    @Test
    void aRunThatTakesTooLongIsStopped() throws Exception {
        Path wasm = TestModules.wasm("spin");
        assertAll(Engines.all().stream().map(engine -> () -> {
            long start = System.nanoTime();
            EngineException e = assertThrows(EngineException.class,
                    () -> engine.run(wasm, List.of(), new byte[0], Duration.ofSeconds(2)), engine.name());
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertTrue(e.getMessage().contains("timed out"), engine.name() + ": " + e.getMessage());
            assertTrue(seconds < 10, engine.name() + " took " + seconds + " s to stop");
        }));
    }

    private static void assertRunRejected(Path wasm, String expected) {
        assertAll(Engines.all().stream().map(engine -> () -> {
            EngineException e = assertThrows(EngineException.class,
                    () -> engine.run(wasm, List.of(), new byte[0], Duration.ofMinutes(1)), engine.name());
            assertTrue(e.getMessage().contains(expected), engine.name() + ": " + e.getMessage());
        }));
    }
}
