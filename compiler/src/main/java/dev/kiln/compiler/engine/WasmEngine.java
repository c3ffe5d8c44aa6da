package dev.kiln.compiler.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A WebAssembly engine that runs a WASI preview 1 command module: {@code _start} is called with the given
 * arguments and stdin; stdout, stderr and the exit status come back.
 *
 * <p>Every engine behaves the same way, so that one program's runs can be compared byte for byte: argv[0] is
 * the module's file name and {@code args} follow it; the environment is empty; the only preopened directory
 * is the run's working directory, when one is given, under the guest name {@code "."} (runtime-lib resolves
 * relative and absolute paths in it, docs/RUNTIME-CONTRACT.md, "Files"); a trap prints {@code wasm trap: <engine's message>} on stderr and exits with
 * {@link #TRAP_EXIT_CODE}. Only the trap message itself differs between engines.
 */
public interface WasmEngine {
    /** The exit status of a run that trapped: what the JVM's abort (SIGABRT) gives, 128 + 6. */
    int TRAP_EXIT_CODE = 134;

    /** Short name as used by {@code --engine}: chicory, node, wasmtime. */
    String name();

    /**
     * Runs the module; a trap is reported as exit status {@link #TRAP_EXIT_CODE} and a message on stderr.
     *
     * @param args the program arguments, without argv[0]
     * @param dir the program's working directory, preopened as {@code "."}, or null for none
     * @throws EngineException if the engine cannot be started, rejects the module (it does not validate or
     *     link, or has no {@code _start}), or the run takes longer than {@code timeout}
     */
    RunResult run(Path wasm, List<String> args, byte[] stdin, Duration timeout, Path dir) throws EngineException;

    /** Runs the module without a working directory: no preopened directory, so no file system. */
    default RunResult run(Path wasm, List<String> args, byte[] stdin, Duration timeout) throws EngineException {
        return run(wasm, args, stdin, timeout, null);
    }

    /** Compiles (validates) the module without running it; throws with the engine's message if it is invalid. */
    void validate(Path wasm) throws EngineException;
}
