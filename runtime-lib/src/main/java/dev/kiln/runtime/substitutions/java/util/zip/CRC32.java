package dev.kiln.runtime.substitutions.java.util.zip;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.ArrayMemory;
import dev.kiln.runtime.Substitute;

/**
 * CRC-32 (ISO 3309, ITU-T V.42: the reflected polynomial {@code 0xEDB88320}, initial value and final value
 * inverted, as {@code java.util.zip.CRC32} specifies) in Java, where the JDK calls zlib. The initializer
 * only loaded the native library; assertions stay disabled. Reached from {@code TimeZone}'s rules
 * ({@code ZoneInfoFile}'s checksums). {@code update(ByteBuffer)} of a heap buffer goes through
 * {@code updateBytes}; its branch for a direct buffer (a native reading an address) is compiled with it and
 * throws {@code InternalError}, as a Kiln program has no direct buffers.
 */
class CRC32 {
    @Alias
    static boolean $assertionsDisabled;

    /** The remainder of each byte value, made on first use. */
    private static int[] kilnTable;

    private CRC32() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        $assertionsDisabled = true;
    }

    @Substitute
    private static int update(int crc, int b) {
        int[] table = kilnTable();
        int c = ~crc;
        c = table[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    @Substitute
    private static int updateBytes0(int crc, byte[] b, int off, int len) {
        int[] table = kilnTable();
        int c = ~crc;
        for (int i = off, end = off + len; i < end; i++) {
            c = table[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    @Substitute
    private static int updateByteBuffer0(int crc, long address, int off, int len) {
        throw ArrayMemory.noNativeMemory();
    }

    private static int[] kilnTable() {
        int[] table = kilnTable;
        if (table == null) {
            table = new int[256];
            for (int n = 0; n < 256; n++) {
                int c = n;
                for (int k = 0; k < 8; k++) {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
                }
                table[n] = c;
            }
            kilnTable = table;
        }
        return table;
    }
}
