package dev.kiln.conformance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one program on its own with the running JDK's javac, {@code --release 17}, into a clean directory. */
final class JavacStep {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    /** Whether javac succeeded, and what it printed. */
    record Result(boolean ok, String diagnostics) {
    }

    private JavacStep() {}

    static Result compile(Program program, Path classes) {
        if (JAVAC == null) {
            return new Result(false, "no system Java compiler: run the tests on a JDK, not a JRE");
        }
        recreate(classes);
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-d", classes.toString());
            boolean ok = JAVAC.getTask(out, files, null, options, null, files.getJavaFileObjects(program.source())).call();
            return new Result(ok, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Class files of an earlier run must not survive: a deleted helper class would otherwise linger. */
    private static void recreate(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
