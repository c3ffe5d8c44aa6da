package dev.kiln.wasm.model;

/** An exception tag; its type is a function type with the payload as parameters and no results. */
public final class Tag {
    private final String name;
    private final TypeDef type;

    public Tag(String name, TypeDef type) {
        this.name = name;
        this.type = type;
    }

    public String name() { return name; }
    public TypeDef type() { return type; }

    @Override public String toString() { return "$" + name; }
}
