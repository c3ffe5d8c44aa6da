/**
 * Prints the in-memory module ({@link dev.kiln.wasm.model}) in the WebAssembly text format, for golden
 * tests and for reading what the backend produced. {@link dev.kiln.wasm.text.WatPrinter} is the entry
 * point; {@code WatNames} owns the {@code $id}s, {@code TypeText} and {@code InstrText} the syntax of
 * types and instructions. The output parses with standard tools and encodes the same module as the
 * {@link dev.kiln.wasm.binary.BinaryWriter} (checked by {@code WasmToolsCrossCheckTest}).
 */
package dev.kiln.wasm.text;
