package dev.kiln.compiler.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * Wasmtime (Cranelift) through {@code tools/engines/run_wasmtime.py} and the {@code wasmtime} Python package in
 * the virtualenv. It is the reference non-JavaScript engine: a module that only works in V8 is not portable.
 * The script turns GC, function references, exceptions and tail calls on explicitly. Each run is a new
 * process (about 0.1 s); the Wasm stack is 2 MiB, roughly 150,000 small frames.
 *
 * <p>{@link #quickCompiling()} trades the speed of the code for the speed of its compile (Cranelift without
 * optimisations, with its single-pass register allocator: 2.2 times less CPU on a large module), for test suites
 * that compile many modules and run each for a moment; the default is Wasmtime's own configuration.
 */
public final class WasmtimeEngine extends ScriptedEngine {
    private final boolean quickCompile;

    /** Wasmtime with its default compiler settings. */
    public WasmtimeEngine() {
        this(false);
    }

    private WasmtimeEngine(boolean quickCompile) {
        this.quickCompile = quickCompile;
    }

    /** Wasmtime compiling quickly, for slower code: what the conformance suite runs on. */
    public static WasmtimeEngine quickCompiling() {
        return new WasmtimeEngine(true);
    }

    @Override
    List<String> scriptOptions() {
        return quickCompile ? List.of("--quick-compile") : List.of();
    }

    @Override
    public String name() {
        return "wasmtime";
    }

    @Override
    Path interpreter() throws EngineException {
        return KilnHome.python();
    }

    @Override
    String script() {
        return "run_wasmtime.py";
    }
}
