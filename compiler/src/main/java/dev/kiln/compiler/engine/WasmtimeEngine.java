package dev.kiln.compiler.engine;

import java.nio.file.Path;

/**
 * Wasmtime (Cranelift) through {@code tools/engines/run_wasmtime.py} and the {@code wasmtime} Python package in
 * the virtualenv. It is the reference non-JavaScript engine: a module that only works in V8 is not portable.
 * The script turns GC, function references, exceptions and tail calls on explicitly. Each run is a new
 * process (about 0.1 s); the Wasm stack is 2 MiB, roughly 150,000 small frames.
 */
public final class WasmtimeEngine extends ScriptedEngine {
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
