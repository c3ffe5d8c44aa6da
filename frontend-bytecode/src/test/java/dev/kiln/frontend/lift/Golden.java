package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code frontend-bytecode/src/test/resources/lift}, read from the source tree (not the
 * test classpath) so that bless mode ({@code -Dkiln.bless=true}) rewrites them in place. A mismatch fails
 * with a diff and the command that accepts the new output; review blessed diffs like code.
 */
final class Golden {
    static final String BLESS = "mvn -pl frontend-bytecode test -Dkiln.bless=true";

    private Golden() {}

    static void check(String name, String actual) {
        String root = System.getProperty("kiln.repo.root", "");
        Path file = (root.isEmpty() ? Path.of("..") : Path.of(root))
                .resolve("frontend-bytecode/src/test/resources/lift").resolve(name + ".ir");
        try {
            String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (expected.equals(actual)) return;
            if (Boolean.getBoolean("kiln.bless")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            fail(file.getFileName() + " does not match the lifted IR.\n" + LineDiff.unified(expected, actual)
                    + "If the new output is right, accept it with:\n  " + BLESS + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
