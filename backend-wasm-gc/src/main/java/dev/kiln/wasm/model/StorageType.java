package dev.kiln.wasm.model;

/** What a struct field or array element holds: a value type or a packed integer type. */
public sealed interface StorageType permits ValType, PackedType {
}
