package dev.kiln.compiler;

/**
 * A compiled module.
 *
 * @param wasm   the binary module
 * @param wat    its text form, or null unless requested
 * @param irDump the IR listing, or null unless requested
 */
public record CompileResult(byte[] wasm, String wat, String irDump) {
}
