package dev.kiln.wasm.model;

/**
 * A defined type: {@code (type $name (sub final? $super? composite))}. Every TypeDef is in exactly one
 * recursion group of its {@link Module}; Kiln puts all of a program's types in one group, so types that
 * look alike stay distinct (two Java classes never share a Wasm type). Identity is object identity.
 */
public final class TypeDef implements HeapType {
    private final String name;
    private CompositeType composite;
    private TypeDef supertype;
    private boolean isFinal;

    public TypeDef(String name, CompositeType composite, TypeDef supertype, boolean isFinal) {
        this.name = name;
        this.composite = composite;
        this.supertype = supertype;
        this.isFinal = isFinal;
    }

    /** The symbolic name, printed as {@code $name} in WAT and in the name section. */
    public String name() { return name; }
    public CompositeType composite() { return composite; }
    /** Replaces the body; only while laying out types, before any code refers to fields. */
    public void setComposite(CompositeType composite) { this.composite = composite; }
    public TypeDef supertype() { return supertype; }
    public void setSupertype(TypeDef supertype) { this.supertype = supertype; }
    public boolean isFinal() { return isFinal; }
    public void setFinal(boolean isFinal) { this.isFinal = isFinal; }

    public CompositeType.Struct struct() { return (CompositeType.Struct) composite; }
    public CompositeType.Array array() { return (CompositeType.Array) composite; }
    public CompositeType.Func func() { return (CompositeType.Func) composite; }

    @Override public String toString() { return "$" + name; }
}
