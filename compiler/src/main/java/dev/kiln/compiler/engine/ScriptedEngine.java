package dev.kiln.compiler.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine reached through one of the runner scripts in {@code tools/engines}, which all take the same
 * command line: {@code [--validate] [--dir DIR] module.wasm [arg...]}. The script does the engine-specific work (WASI
 * set-up, proposals to enable, stack size); this class only builds the command line and runs it.
 */
abstract class ScriptedEngine implements WasmEngine {
    /**
     * Validation compiles the whole module (Wasmtime's Cranelift: about 30 s for a 3.6 MB java.time program on an
     * idle core), so the limit only catches a hung engine: the conformance suite compiles two modules at once on
     * two cores, next to other work.
     */
    private static final Duration VALIDATE_TIMEOUT = Duration.ofMinutes(5);

    /** The program that runs the script: the pinned Node or the virtualenv's Python. */
    abstract Path interpreter() throws EngineException;

    /** The script's file name in {@code tools/engines}. */
    abstract String script();

    @Override
    public final RunResult run(Path wasm, List<String> args, byte[] stdin, Duration timeout, Path dir) throws EngineException {
        List<String> command = command();
        if (dir != null) {
            command.add("--dir");
            command.add(dir.toAbsolutePath().toString());
        }
        command.add(wasm.toAbsolutePath().toString());
        command.addAll(args);
        return ProcessRunner.run(name(), command, stdin, timeout);
    }

    @Override
    public final void validate(Path wasm) throws EngineException {
        List<String> command = command();
        command.add("--validate");
        command.add(wasm.toAbsolutePath().toString());
        ProcessRunner.check(name(), command, VALIDATE_TIMEOUT);
    }

    private List<String> command() throws EngineException {
        List<String> command = new ArrayList<>();
        command.add(interpreter().toString());
        command.add(KilnHome.installed(script()).toString());
        return command;
    }
}
