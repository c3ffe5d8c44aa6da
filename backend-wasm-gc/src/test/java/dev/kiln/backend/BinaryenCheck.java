package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A second validator next to Chicory's: Binaryen (tools/engines/binaryen.mjs, the features Kiln uses and no
 * others), so a module one engine tolerates but the spec forbids fails here. The engines are installed by
 * the {@code compiler} module's build, which in a fresh reactor build runs after this module; until then
 * (or with {@code -Dkiln.skipEngines=true}) only Chicory validates.
 */
final class BinaryenCheck {
    private static final Path ENGINES = Path.of(System.getProperty("kiln.repo.root", "."), "tools", "engines");
    private static final Path NODE = ENGINES.resolve("node_modules/.bin/node");
    private static final Path SCRIPT = ENGINES.resolve("binaryen.mjs");

    private BinaryenCheck() {}

    static boolean available() {
        return !Boolean.getBoolean("kiln.skipEngines") && Files.isExecutable(NODE) && Files.exists(SCRIPT)
            && Files.isDirectory(ENGINES.resolve("node_modules/binaryen"));
    }

    static void validate(byte[] wasm) {
        if (!available()) return;
        try {
            Path file = Files.createTempFile("kiln-backend", ".wasm");
            try {
                Files.write(file, wasm);
                Process p = new ProcessBuilder(NODE.toString(), SCRIPT.toString(), "validate", file.toString())
                    .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(2, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    fail("Binaryen validation timed out");
                }
                if (p.exitValue() != 0) fail("Binaryen rejects the module:\n" + output);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            fail("cannot run Binaryen: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
