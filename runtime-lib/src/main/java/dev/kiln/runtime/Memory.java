package dev.kiln.runtime;

/**
 * Access to the module's linear memory (memory 0), which holds no Java objects: it exists for host calls.
 * Each method is one Wasm instruction with offset 0 and natural alignment; addresses are unsigned
 * {@code i32} byte offsets. Out-of-bounds accesses trap.
 */
public final class Memory {
    /** The size of a Wasm page in bytes. */
    public static final int PAGE_SIZE = 65536;

    private Memory() {
    }

    /** Loads the unsigned byte at {@code address}. */
    @Intrinsic("i32.load8_u")
    public static native int loadU8(int address);

    /** Loads the little-endian 32-bit word at {@code address}. */
    @Intrinsic("i32.load")
    public static native int loadI32(int address);

    /** Loads the little-endian 64-bit word at {@code address}. */
    @Intrinsic("i64.load")
    public static native long loadI64(int address);

    /** Stores the low 8 bits of {@code value} at {@code address}. */
    @Intrinsic("i32.store8")
    public static native void storeI8(int address, int value);

    /** Stores {@code value} little-endian at {@code address}. */
    @Intrinsic("i32.store")
    public static native void storeI32(int address, int value);

    /** Stores {@code value} little-endian at {@code address}. */
    @Intrinsic("i64.store")
    public static native void storeI64(int address, long value);

    /** The memory's current size in pages. */
    @Intrinsic("memory.size")
    public static native int size();

    /** Grows the memory by {@code pages} pages; returns the previous size in pages, or -1 on failure. */
    @Intrinsic("memory.grow")
    public static native int grow(int pages);
}
