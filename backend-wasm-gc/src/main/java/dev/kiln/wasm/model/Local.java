package dev.kiln.wasm.model;

/** A parameter or local of a {@link Func}; {@code index} is its position (parameters first). */
public final class Local {
    private final int index;
    private final String name;
    private final ValType type;

    Local(int index, String name, ValType type) {
        this.index = index;
        this.name = name;
        this.type = type;
    }

    public int index() { return index; }
    public String name() { return name; }
    public ValType type() { return type; }

    @Override public String toString() { return "$" + name; }
}
