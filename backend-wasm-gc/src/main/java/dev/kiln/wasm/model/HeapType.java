package dev.kiln.wasm.model;

/** A heap type: an abstract one ({@link AbsHeapType}) or a defined type ({@link TypeDef}). */
public sealed interface HeapType permits AbsHeapType, TypeDef {
}
