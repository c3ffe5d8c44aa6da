package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.LinuxErrno;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.concurrent.TimeUnit;

/**
 * Names {@code sun.nio.fs.UnixFileSystem}, a package-private class, for the other substitutions of its package, and
 * copies a regular file on JDK 25 without native memory.
 */
abstract class UnixFileSystem {
    private static final int O_WRONLY_CREAT_EXCL = 0x1 | 0x40 | 0x80;

    private UnixFileSystem() {
    }

    @Alias
    native String normalizeNativePath(String path);

    /**
     * JDK 25's copy of a regular file (JDK 17's is {@code UnixCopyFile}'s, whose byte loop is substituted): the JDK
     * moves the bytes with {@code copy_file_range}, or, for an empty file or where that is unsupported, through a
     * temporary direct buffer ({@code Unsafe.allocateMemory}), which a Kiln program does not have. Here: the source
     * is opened, the target created exclusively (an existing target that appeared after the caller deleted it for
     * {@code REPLACE_EXISTING} is a {@code FileSystemException} naming it, as in the JDK), the bytes are copied
     * through WASI ({@link WasiFiles#transfer}), and with {@code COPY_ATTRIBUTES} the access and modification
     * times follow; a target left incomplete by a failure is deleted. There are no owners, permission bits or
     * extended attributes to copy (WASI has none; the JDK ignores failing to copy them for both {@code copy} and
     * {@code move}), and nothing polls for cancellation (see {@code Cancellable}).
     */
    @Substitute(minJdk = 21)
    void copyFile(UnixPath source, UnixFileAttributes attrs, UnixPath target, Flags flags, long addressToPollForCancel)
            throws IOException {
        int in = -1;
        try {
            in = UnixNativeDispatcher.open(source, 0, 0);
        } catch (UnixException x) {
            x.rethrowAsIOException(source);
        }
        try {
            int out = -1;
            try {
                out = UnixNativeDispatcher.open(target, O_WRONLY_CREAT_EXCL, attrs.mode());
            } catch (UnixException x) {
                if (x.errno() == LinuxErrno.EEXIST && flags.replaceExisting) {
                    throw new FileSystemException(target.toString());
                }
                x.rethrowAsIOException(target);
            }
            boolean complete = false;
            try {
                int errno = WasiFiles.transfer(out, in);
                if (errno != 0) {
                    new UnixException(LinuxErrno.fromWasi(errno)).rethrowAsIOException(source, target);
                }
                if (flags.copyBasicAttributes) {
                    errno = WasiFiles.setTimes(out, attrs.lastAccessTime().to(TimeUnit.NANOSECONDS),
                            attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), WasiFiles.ATIM | WasiFiles.MTIM);
                    if (errno != 0 && flags.failIfUnableToCopyBasic) {
                        new UnixException(LinuxErrno.fromWasi(errno)).rethrowAsIOException(target);
                    }
                }
                complete = true;
            } finally {
                WasiFiles.close(out);
                if (!complete) {
                    WasiFiles.unlink(target.getByteArrayForSysCalls());
                }
            }
        } finally {
            WasiFiles.close(in);
        }
    }

    /** Stands for {@code UnixFileSystem.Flags}, the parsed copy and move options (JDK 20 and later). */
    static class Flags {
        @Alias
        boolean replaceExisting;
        @Alias
        boolean copyBasicAttributes;
        @Alias
        boolean failIfUnableToCopyBasic;

        private Flags() {
        }
    }
}
