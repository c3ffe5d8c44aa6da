package dev.kiln.compiler.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginesTest {
    @Test
    void enginesAreFoundByName() {
        assertEquals(List.of("chicory", "node", "wasmtime"), Engines.names());
        assertEquals("wasmtime", Engines.byName("Wasmtime").name());
        assertEquals("chicory", Engines.defaultEngine().name());
    }

    @Test
    void anUnknownEngineNamesTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Engines.byName("v8"));
        assertEquals("unknown engine 'v8': expected one of chicory, node, wasmtime", e.getMessage());
    }

    @Test
    void theRepositoryIsFoundFromTheWorkingDirectory() throws EngineException {
        assertTrue(KilnHome.enginesDir().resolve("install.sh").toFile().isFile());
    }

    @Test
    void aWrongKilnHomeIsReported(@TempDir Path dir) {
        String previous = System.getProperty(KilnHome.PROPERTY);
        System.setProperty(KilnHome.PROPERTY, dir.toString());
        try {
            var e = assertThrows(EngineException.class, KilnHome::node);
            assertTrue(e.getMessage().contains("system property kiln.home is " + dir), e.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty(KilnHome.PROPERTY);
            } else {
                System.setProperty(KilnHome.PROPERTY, previous);
            }
        }
    }
}
