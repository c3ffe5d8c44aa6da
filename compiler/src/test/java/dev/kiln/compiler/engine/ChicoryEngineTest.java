package dev.kiln.compiler.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only the in-process engine can get wrong: a timed-out run must not keep running in this JVM. */
class ChicoryEngineTest {
    @Test
    void aTimedOutRunLeavesNoThreadBehind() throws EngineException {
        var wasm = TestModules.wasm("spin");
        assertThrows(EngineException.class,
                () -> new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofMillis(500)));
        boolean stillRunning = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("kiln-chicory-") && thread.isAlive());
        assertFalse(stillRunning, "the interpreter thread survived the timeout");
    }
}
