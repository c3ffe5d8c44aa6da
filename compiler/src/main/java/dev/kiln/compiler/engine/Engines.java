package dev.kiln.compiler.engine;

import java.util.List;
import java.util.Locale;

/** The engines Kiln can run its output on, by the names {@code --engine} accepts. */
public final class Engines {
    /** The in-process engine, used unless another is asked for: it needs no installed tools. */
    public static final String DEFAULT = "chicory";

    private Engines() {}

    /** One engine of each kind, the default first. */
    public static List<WasmEngine> all() {
        return List.of(new ChicoryEngine(), new NodeEngine(), new WasmtimeEngine());
    }

    /** The names of {@link #all()}, in the same order. */
    public static List<String> names() {
        return all().stream().map(WasmEngine::name).toList();
    }

    /** The engine with this name (case-insensitive). */
    public static WasmEngine byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(engine -> engine.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown engine '" + name + "': expected one of " + String.join(", ", names())));
    }

    /** The default engine, {@value #DEFAULT}. */
    public static WasmEngine defaultEngine() {
        return byName(DEFAULT);
    }
}
