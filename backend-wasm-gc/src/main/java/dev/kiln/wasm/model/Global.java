package dev.kiln.wasm.model;

import java.util.List;

/** A global with a constant initializer expression ({@code init}, without the final {@code end}). */
public final class Global {
    private final String name;
    private final ValType type;
    private final boolean mutable;
    private final List<Instr> init;

    public Global(String name, ValType type, boolean mutable, List<Instr> init) {
        this.name = name;
        this.type = type;
        this.mutable = mutable;
        this.init = List.copyOf(init);
    }

    public String name() { return name; }
    public ValType type() { return type; }
    public boolean mutable() { return mutable; }
    public List<Instr> init() { return init; }

    @Override public String toString() { return "$" + name; }
}
