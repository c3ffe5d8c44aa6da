package dev.kiln.runtime.substitutions.java.util.zip;

import dev.kiln.runtime.ArrayMemory;
import dev.kiln.runtime.Substitute;

/**
 * {@code CRC32C} is the JDK's own Java code (its byte arrays are read a word at a time through {@code Unsafe}'s
 * plain accessors, which runtime-lib's {@code Unsafe} answers from the array's bytes). Only the branch of
 * {@code update(ByteBuffer)} for a direct buffer, which reads memory at an address, throws {@code InternalError}:
 * a Kiln program has no direct buffers.
 */
final class CRC32C {
    private CRC32C() {
    }

    @Substitute
    private static int updateDirectByteBuffer(int crc, long address, int off, int end) {
        throw ArrayMemory.noNativeMemory();
    }
}
