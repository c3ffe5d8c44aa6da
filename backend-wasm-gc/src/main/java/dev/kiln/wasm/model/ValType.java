package dev.kiln.wasm.model;

/** A value type: a number type or a reference type. */
public sealed interface ValType extends StorageType permits NumType, RefType {
}
