package dev.kiln.conformance;

import dev.kiln.compiler.engine.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compiled program on a JVM (a child {@code java}): the reference every engine is compared with. The
 * JVM is that of the JDK the program runs against ({@link Jdks#forProgram}), whose class library Kiln compiles
 * against. Standard streams are UTF-8 whatever the machine's locale, because WASI programs write UTF-8.
 */
final class JvmReference {
    /** The run, or a timeout (then {@code run} holds whatever was printed before it was killed). */
    record Result(RunResult run, boolean timedOut, long millis) {
    }

    private JvmReference() {}

    /** @param jdk the home of the JDK the program runs against */
    static List<String> command(Program program, Path classes, Path jdk) {
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin/java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dsun.stderr.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8");
        // The default locale of a Kiln program (its user.language and user.country properties), whatever
        // the machine's: the JVM would take it from LANG (C.UTF-8 gives "en" without a country).
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        // Programs are short: a quick start matters more than peak speed.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(classes.toAbsolutePath().toString());
        command.add(program.mainClass());
        command.addAll(program.args());
        return command;
    }

    static Result run(Program program, Path classes, Path jdk, Path outDir) {
        Path stdout = outDir.resolve("jvm.stdout");
        Path stderr = outDir.resolve("jvm.stderr");
        ProcessBuilder pb = new ProcessBuilder(command(program, classes, jdk))
                .directory(ProgramRun.freshWorkDir(outDir, "jvm").toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        // The engines run a module with an empty environment, where its default time zone is UTC
        // (runtime-lib's TimeZone substitution); with TZ=UTC the JVM's is too, whatever the machine's.
        pb.environment().put("TZ", "UTC");
        if (Files.isRegularFile(program.stdinFile())) {
            pb.redirectInput(program.stdinFile().toFile());
        }
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            if (!Files.isRegularFile(program.stdinFile())) {
                p.getOutputStream().close();
            }
            boolean finished = p.waitFor(Settings.JVM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            RunResult r = new RunResult(Files.readAllBytes(stdout), Files.readAllBytes(stderr), finished ? p.exitValue() : -1);
            return new Result(r, !finished, millis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + pb.command(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program.id() + " on the JVM", e);
        }
    }
}
