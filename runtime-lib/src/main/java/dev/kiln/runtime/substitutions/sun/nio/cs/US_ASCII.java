package dev.kiln.runtime.substitutions.sun.nio.cs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;

/** US-ASCII's coders without the fast paths of {@code JavaLangAccess} (null on Kiln). */
final class US_ASCII {
    private US_ASCII() {
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

    /**
     * The JDK's encoder over arrays has a fast path through {@code JavaLangAccess}, which Kiln's {@code System} does
     * not register; its encoder over buffers, the same algorithm with the same results, serves arrays too.
     */
    static final class Encoder {
        private Encoder() {
        }

        @Substitute
        private CoderResult encodeArrayLoop(CharBuffer src, ByteBuffer dst) {
            return encodeBufferLoop(src, dst);
        }

        @Alias
        private native CoderResult encodeBufferLoop(CharBuffer src, ByteBuffer dst);
    }
}
