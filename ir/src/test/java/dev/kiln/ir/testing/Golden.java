package dev.kiln.ir.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files that live in the source tree. Tests read them from {@code src/test/resources} (not the
 * copied classpath) so that bless mode, {@code -Dkiln.bless=true}, can rewrite the expectation in place;
 * otherwise a mismatch fails with a unified diff and the command that would accept the new output.
 *
 * <p>A golden may start with {@code ;} comment lines describing the case; they are kept as they are.
 */
public final class Golden {
    private Golden() {}

    /** {@code <module>/src/test/resources/<dir>} in the source tree. */
    public static Path resourceDir(String module, String dir) {
        String root = System.getProperty("kiln.repo.root");
        Path base = root == null || root.isEmpty() ? Path.of("..") : Path.of(root);
        return base.resolve(module).resolve("src/test/resources").resolve(dir);
    }

    /** The {@code .ir} files of a directory, sorted by name. */
    public static List<Path> irFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leading comment lines of a golden, each with its newline. */
    public static String header(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith(";")) break;
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** Passes if {@code file} holds {@code actual}; blesses or fails with a diff otherwise. */
    public static void check(Path file, String actual, String blessCommand) {
        String expected = read(file);
        if (expected.equals(actual)) return;
        if (Boolean.getBoolean("kiln.bless")) {
            try {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        fail(file.getFileName() + " does not match.\n" + LineDiff.unified(expected, actual)
                + "If the new output is right, accept it with:\n  " + blessCommand + "\n");
    }
}
