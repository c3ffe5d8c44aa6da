/**
 * Writes the in-memory module ({@link dev.kiln.wasm.model}) in the WebAssembly binary format: the last
 * stage of the pipeline. {@link dev.kiln.wasm.binary.BinaryWriter} is the entry point; the other classes
 * each own one layer of the encoding (bytes and LEB128, index spaces, types, instructions, expressions,
 * the name section) and the structural checks that turn a broken body into an error naming the function
 * and instruction instead of an engine's byte offset.
 *
 * <p>Written from the core specification and the GC, function-references, exception-handling (exnref),
 * tail-call, bulk-memory, non-trapping conversion and sign-extension proposals. Not covered, because the
 * model has no use for them: tables and active or passive element segments (only the declarative one for
 * {@code ref.func}), imports other than functions, several memories, memory64, SIMD and threads.
 */
package dev.kiln.wasm.binary;
