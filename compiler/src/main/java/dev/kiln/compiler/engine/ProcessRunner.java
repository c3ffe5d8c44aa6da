package dev.kiln.compiler.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an engine's runner script ({@code run_node.mjs}, {@code run_wasmtime.py}, {@code binaryen.mjs}) as a
 * child process. Standard input, output and error go through temporary files rather than pipes: no threads
 * are needed to pump them, a chatty child can never block on a full pipe, and after a timeout the output
 * written so far can still be read.
 *
 * <p>The runner scripts exit with {@link #REJECTED_EXIT} and a {@link #REJECTED_PREFIX} message when the
 * engine refused the module before running any of it; that becomes an {@link EngineException}, as for
 * Chicory, so that callers see one behaviour whichever engine they use.
 */
final class ProcessRunner {
    static final int REJECTED_EXIT = 125;
    static final String REJECTED_PREFIX = "kiln-engine: ";

    private ProcessRunner() {}

    /** Runs the command to completion, killing it (and anything it started) when the timeout expires. */
    static RunResult run(String engine, List<String> command, byte[] stdin, Duration timeout) throws EngineException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kiln-" + engine + "-");
            Path in = Files.write(dir.resolve("stdin"), stdin);
            Path out = dir.resolve("stdout");
            Path err = dir.resolve("stderr");
            Process process = new ProcessBuilder(command)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!waitFor(process, timeout)) {
                throw new EngineException(engine + " timed out after " + timeout.toMillis() + " ms");
            }
            RunResult result = new RunResult(Files.readAllBytes(out), Files.readAllBytes(err), process.exitValue());
            if (result.exitCode() == REJECTED_EXIT && result.stderrText().startsWith(REJECTED_PREFIX)) {
                throw new EngineException(engine + " rejected the module: "
                        + result.stderrText().substring(REJECTED_PREFIX.length()).strip());
            }
            return result;
        } catch (IOException e) {
            throw new EngineException(engine + ": cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Runs a command that must succeed; on failure, its stderr becomes the exception's message. */
    static void check(String engine, List<String> command, Duration timeout) throws EngineException {
        RunResult result = run(engine, command, new byte[0], timeout);
        if (result.exitCode() != 0) {
            String message = (result.stderrText() + result.stdoutText()).strip();
            throw new EngineException(engine + ": " + (message.isEmpty() ? "exit status " + result.exitCode() : message));
        }
    }

    private static boolean waitFor(Process process, Duration timeout) throws EngineException {
        try {
            if (process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
            kill(process);
            return false;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for " + process.info().command().orElse("engine"), e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless; failing the run over it would not be.
        }
    }
}
