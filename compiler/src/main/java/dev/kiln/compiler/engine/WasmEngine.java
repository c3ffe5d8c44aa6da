package dev.kiln.compiler.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A WebAssembly engine that runs a WASI preview 1 command module: {@code _start} is called with the given
 * arguments (argv[0] is the program name) and stdin; stdout, stderr and the exit status come back.
 */
public interface WasmEngine {
    /** Short name as used by {@code --engine}: chicory, node, wasmtime. */
    String name();

    /** Runs the module; a trap or engine failure is reported as a non-zero exit and a message on stderr. */
    RunResult run(Path wasm, List<String> args, byte[] stdin, Duration timeout) throws EngineException;

    /** Compiles (validates) the module without running it; throws with the engine's message if it is invalid. */
    void validate(Path wasm) throws EngineException;
}
