package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;
import java.io.FileDescriptor;
import java.io.IOException;

/**
 * The identity of an open file for the channel lock table: its device and inode from WASI's {@code fd_filestat_get}
 * (JDK 17 fills the object's fields, JDK 25 an array for its constructor).
 */
final class FileKey {
    @Alias(maxJdk = 20)
    private long st_dev;
    @Alias(maxJdk = 20)
    private long st_ino;

    private FileKey() {
    }

    @Substitute(maxJdk = 20)
    private static void initIDs() {
    }

    @Substitute(name = "init", maxJdk = 20)
    private void init17(FileDescriptor fd) throws IOException {
        stat(fd);
        st_dev = WasiFiles.statDevice();
        st_ino = WasiFiles.statInode();
    }

    @Substitute(name = "init", minJdk = 21)
    private static void init25(FileDescriptor fd, long[] finfo) throws IOException {
        stat(fd);
        finfo[0] = WasiFiles.statDevice();
        finfo[1] = WasiFiles.statInode();
    }

    private static void stat(FileDescriptor fd) throws IOException {
        int errno = WasiFiles.stat(IOUtil.fdVal(fd));
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
    }
}
