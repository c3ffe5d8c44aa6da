package dev.kiln.conformance;

import dev.kiln.conformance.bytecode.BytecodeGenerators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Makes a program's class files in a clean directory: first those of its {@code kiln:bytecode} generators,
 * then the program itself, compiled on its own by javac with {@code --release} of its {@code kiln:release}
 * and the generated classes on the class path. The running JDK's javac runs in-process; a newer release
 * needs the javac of another JDK (see {@link Jdks}), run as a child process.
 */
final class JavacStep {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final long EXTERNAL_TIMEOUT_SECONDS = 120;

    /** Whether javac succeeded, and what it printed. */
    record Result(boolean ok, String diagnostics) {
    }

    private JavacStep() {}

    /** @param jdk the home of a JDK for the program's release */
    static Result compile(Program program, Path classes, Path jdk) {
        recreate(classes);
        for (String generator : program.bytecode()) {
            writeClassFiles(BytecodeGenerators.byName(generator).classFiles(), classes);
        }
        List<String> options = List.of("--release", String.valueOf(program.release()), "-encoding", "UTF-8", "-proc:none",
                "-cp", classes.toString(), "-d", classes.toString());
        return jdk.equals(Jdks.runningHome()) ? inProcess(program, options) : external(program, options, classes, jdk);
    }

    private static Result inProcess(Program program, List<String> options) {
        if (JAVAC == null) {
            return new Result(false, "no system Java compiler: run the tests on a JDK, not a JRE");
        }
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = JAVAC.getTask(out, files, null, options, null, files.getJavaFileObjects(program.source())).call();
            return new Result(ok, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result external(Program program, List<String> options, Path classes, Path jdk) {
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin/javac").toString());
        command.addAll(options);
        command.add(program.source().toString());
        Path log = classes.resolveSibling("javac.out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(EXTERNAL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(false, String.join(" ", command) + " did not finish within " + EXTERNAL_TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue() == 0, Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + program.id(), e);
        }
    }

    private static void writeClassFiles(Map<String, byte[]> classFiles, Path classes) {
        try {
            for (Map.Entry<String, byte[]> c : classFiles.entrySet()) {
                Path file = classes.resolve(c.getKey() + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, c.getValue());
            }
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
