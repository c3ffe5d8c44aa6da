package dev.kiln.compiler.engine;

import java.nio.file.Path;

/**
 * Node.js 24 (V8) through {@code tools/engines/run_node.mjs} and Node's own WASI preview 1. It is the engine
 * closest to what browsers run, so it catches V8-specific limits that the other engines would let through.
 * Each run is a new process (about 0.1 s); the script runs the module on a worker thread with a 256 MB stack.
 */
public final class NodeEngine extends ScriptedEngine {
    @Override
    public String name() {
        return "node";
    }

    @Override
    Path interpreter() throws EngineException {
        return KilnHome.node();
    }

    @Override
    String script() {
        return "run_node.mjs";
    }
}
