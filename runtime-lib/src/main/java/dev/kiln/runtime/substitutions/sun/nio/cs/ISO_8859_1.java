package dev.kiln.runtime.substitutions.sun.nio.cs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;

/** ISO-8859-1's decoder without the fast path of {@code JavaLangAccess} (null on Kiln). */
final class ISO_8859_1 {
    private ISO_8859_1() {
    }

    /**
     * The JDK's decoder over arrays has a fast path through {@code JavaLangAccess}, which Kiln's {@code System} does
     * not register; its decoder over buffers, the same algorithm with the same results, serves arrays too.
     */
    static final class Decoder {
        private Decoder() {
        }

        @Substitute
        private CoderResult decodeArrayLoop(ByteBuffer src, CharBuffer dst) {
            return decodeBufferLoop(src, dst);
        }

        @Alias
        private native CoderResult decodeBufferLoop(ByteBuffer src, CharBuffer dst);
    }
}
