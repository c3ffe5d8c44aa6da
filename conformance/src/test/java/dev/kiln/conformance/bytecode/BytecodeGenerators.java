package dev.kiln.conformance.bytecode;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/** The generators a program may name in {@code // kiln:bytecode=<name>}. */
public final class BytecodeGenerators {
    private static final Map<String, BytecodeGenerator> BY_NAME = new TreeMap<>(Map.of(
            "Finally14", new Finally14(),
            "Frameless50", new Frameless50(),
            "SubroutineShapes", new SubroutineShapes()));

    private BytecodeGenerators() {}

    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    public static BytecodeGenerator byName(String name) {
        BytecodeGenerator g = BY_NAME.get(name);
        if (g == null) throw new NoSuchElementException("no bytecode generator " + name + "; there are " + names());
        return g;
    }
}
