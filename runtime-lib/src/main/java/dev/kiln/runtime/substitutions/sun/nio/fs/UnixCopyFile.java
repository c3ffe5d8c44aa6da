package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Substitute;

/**
 * JDK 17's copy and move helper (JDK 20 moved its code into {@code UnixFileSystem}, see its substitution): no
 * {@code nio} library to load, and the bytes of a copied file are moved by {@code transfer} through WASI
 * ({@link dev.kiln.runtime.WasiFiles#transfer}) instead of a native loop over a C buffer.
 */
final class UnixCopyFile {
    private UnixCopyFile() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    /** Copies everything from {@code src}'s offset to its end to {@code dst}; nothing polls for cancellation. */
    @Substitute
    static void transfer(int dst, int src, long addressToPollForCancel) throws UnixException {
        int errno = dev.kiln.runtime.WasiFiles.transfer(dst, src);
        if (errno != 0) {
            throw new UnixException(dev.kiln.runtime.LinuxErrno.fromWasi(errno));
        }
    }
}
