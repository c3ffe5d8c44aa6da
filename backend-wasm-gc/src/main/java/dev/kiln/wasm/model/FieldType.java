package dev.kiln.wasm.model;

/** A struct field or array element: storage type and mutability; {@code name} is for WAT only. */
public record FieldType(String name, StorageType type, boolean mutable) {
    public static FieldType mutable(String name, StorageType type) { return new FieldType(name, type, true); }
    public static FieldType immutable(String name, StorageType type) { return new FieldType(name, type, false); }
}
