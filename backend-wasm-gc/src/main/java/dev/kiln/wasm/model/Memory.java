package dev.kiln.wasm.model;

/** The module's linear memory (32-bit), in 64 KiB pages; {@code maxPages} -1 means unbounded. */
public record Memory(String name, int minPages, int maxPages) {
}
