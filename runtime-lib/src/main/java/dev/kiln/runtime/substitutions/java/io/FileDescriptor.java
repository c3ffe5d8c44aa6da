package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;

/**
 * A file descriptor is a WASI descriptor ({@code fd}); there are no Windows handles and no append mode to ask the
 * host for (a stream opened for appending says so itself). Closing a descriptor of the standard streams (0 to 2)
 * only invalidates this object: runtime-lib's {@code System.in}, {@code out} and {@code err} keep theirs.
 */
final class FileDescriptor {
    @Alias
    private int fd;

    private FileDescriptor() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private static long getHandle(int d) {
        return -1;
    }

    @Substitute
    private static boolean getAppend(int fd) {
        return false;
    }

    @Substitute
    private void close0() throws java.io.IOException {
        int d = fd;
        if (d != -1) {
            fd = -1;
            if (d > 2) {
                WasiFiles.close(d);
            }
        }
    }

    /** Nothing to force: the host writes through on every {@code fd_write}, as far as a program can observe. */
    @Substitute(name = "sync", maxJdk = 20)
    public void sync17() {
    }

    /** As {@link #sync17}. */
    @Substitute(name = "sync0", minJdk = 21)
    private void sync25() {
    }
}
