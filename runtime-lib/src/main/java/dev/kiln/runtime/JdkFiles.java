package dev.kiln.runtime;

/**
 * Files of the JDK installation that the JDK's classes read at run time ({@code <java.home>/lib/...}),
 * which a WASI program has no file system for. The frontend writes each file's bytes into the module at
 * compile time, from the JDK whose class library the program is compiled against, and only when a
 * reachable call needs them ({@code kiln.jdk_file:<path>}, docs/RUNTIME-CONTRACT.md): as one string
 * literal whose chars hold the bytes two by two, so the module's data holds them in order.
 */
public final class JdkFiles {
    private JdkFiles() {
    }

    /** The time-zone database {@code lib/tzdb.dat} (read by {@code TzdbZoneRulesProvider} and {@code ZoneInfoFile}). */
    public static byte[] tzdb() {
        return unpack(tzdbChars());
    }

    @GeneratedBody("kiln.jdk_file:lib/tzdb.dat")
    private static native String tzdbChars();

    /**
     * The bytes packed by the frontend: the length in the first two chars (high 16 bits first), then two
     * bytes per char, the first in the low half.
     */
    static byte[] unpack(String packed) {
        int length = packed.charAt(0) << 16 | packed.charAt(1);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (packed.charAt(2 + (i >> 1)) >> ((i & 1) << 3));
        }
        return bytes;
    }
}
