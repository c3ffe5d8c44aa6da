package dev.kiln.runtime.substitutions.java.util.zip;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.ArrayMemory;
import dev.kiln.runtime.Substitute;

/**
 * Adler-32 (RFC 1950, section 8.2) in Java, where the JDK calls zlib: two sums modulo 65521, {@code a} of the
 * bytes plus one and {@code b} of the successive values of {@code a}, the checksum {@code b << 16 | a}. The
 * initializer only loaded the native library; assertions stay disabled. {@code update(ByteBuffer)} of a heap
 * buffer goes through {@code updateBytes}; the native for a direct buffer throws {@code InternalError}, as a Kiln
 * program has no direct buffers.
 */
class Adler32 {
    @Alias
    static boolean $assertionsDisabled;

    /** The largest prime below 2^16. */
    private static final int KILN_BASE = 65521;
    /**
     * The most bytes whose sums stay below 2^32 before the modulo: {@code b} grows by at most
     * {@code 255 n(n+1)/2 + (n+1)(BASE-1)}, which is below 2^32 for n up to 5552; so {@code b} is an unsigned int
     * between reductions.
     */
    private static final int KILN_RUN = 5552;

    private Adler32() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        $assertionsDisabled = true;
    }

    @Substitute
    private static int update(int adler, int b) {
        int a = adler & 0xffff;
        int s = adler >>> 16;
        a = (a + (b & 0xff)) % KILN_BASE;
        s = (s + a) % KILN_BASE;
        return (s << 16) | a;
    }

    @Substitute
    private static int updateBytes(int adler, byte[] b, int off, int len) {
        int a = adler & 0xffff;
        int s = adler >>> 16;
        int end = off + len;
        while (off < end) {
            int run = Math.min(end - off, KILN_RUN);
            for (int stop = off + run; off < stop; off++) {
                a += b[off] & 0xff;
                s += a;
            }
            a %= KILN_BASE;
            s = Integer.remainderUnsigned(s, KILN_BASE);
        }
        return (s << 16) | a;
    }

    @Substitute
    private static int updateByteBuffer(int adler, long address, int off, int len) {
        throw ArrayMemory.noNativeMemory();
    }
}
