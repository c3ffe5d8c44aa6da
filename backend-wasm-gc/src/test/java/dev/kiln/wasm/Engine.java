package dev.kiln.wasm;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.kiln.wasm.binary.BinaryWriter;
import dev.kiln.wasm.model.Module;

/**
 * Writes a module and instantiates it in Chicory, whose parser validates the whole module (types, bodies,
 * declarations) before anything runs; an invalid module fails here with the engine's message. A WASI
 * {@code _start} export is not run on instantiation (tests call it); the start section always runs.
 */
public final class Engine {
    private Engine() {
    }

    public static Instance instantiate(Module module, HostFunction... imports) {
        return instantiate(BinaryWriter.write(module), imports);
    }

    /** Parses and validates without instantiating, for modules with imports the test does not provide. */
    public static WasmModule validate(byte[] binary) {
        return Parser.parse(binary);
    }

    public static Instance instantiate(byte[] binary, HostFunction... imports) {
        WasmModule parsed = Parser.parse(binary);
        return Instance.builder(parsed)
            .withImportValues(ImportValues.builder().addFunction(imports).build())
            .withStart(false)
            .build();
    }

    /** Calls the export {@code name} and returns its single result. */
    public static long call(Instance instance, String name, long... args) {
        return instance.export(name).apply(args)[0];
    }
}
