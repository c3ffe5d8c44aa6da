package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.FileStreams;
import dev.kiln.runtime.LinuxErrno;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;
import java.io.FileDescriptor;
import java.io.IOException;

/**
 * JDK 25's descriptor operations of the file dispatcher (JDK 17 keeps them in {@code FileDispatcherImpl}, whose
 * substitution says what each does) over WASI, and {@code available0}/{@code isOther0}, which JDK 25's channel input
 * streams ask: the bytes between the position and the end of a regular file, and whether the file is neither a
 * regular file, a directory nor a symbolic link. The page size a mapping would be aligned to is Linux's 4096; mapping
 * itself is not available ({@code FileChannelImpl}).
 */
final class UnixFileDispatcherImpl {
    private UnixFileDispatcherImpl() {
    }

    @Substitute
    static long seek0(FileDescriptor fd, long offset) throws IOException {
        return FileDispatcherImpl.seekTo(fd, offset);
    }

    @Substitute
    static int force0(FileDescriptor fd, boolean metaData) throws IOException {
        return FileDispatcherImpl.sync(fd, metaData);
    }

    @Substitute
    static int truncate0(FileDescriptor fd, long size) throws IOException {
        FileStreams.setSize(IOUtil.fdVal(fd), size);
        return 0;
    }

    @Substitute
    static long size0(FileDescriptor fd) throws IOException {
        return FileStreams.size(IOUtil.fdVal(fd));
    }

    @Substitute
    static int available0(FileDescriptor fd) throws IOException {
        int d = IOUtil.fdVal(fd);
        if (WasiFiles.stat(d) != 0 || WasiFiles.statType() != WasiFiles.TYPE_REGULAR) {
            return 0;
        }
        long left = WasiFiles.statSize() - FileStreams.seek(d, 0, WasiFiles.SEEK_CUR);
        return left <= 0 ? 0 : (int) Math.min(left, Integer.MAX_VALUE);
    }

    @Substitute
    static boolean isOther0(FileDescriptor fd) throws IOException {
        int errno = WasiFiles.stat(IOUtil.fdVal(fd));
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
        int type = WasiFiles.statType();
        return type != WasiFiles.TYPE_REGULAR && type != WasiFiles.TYPE_DIRECTORY && type != WasiFiles.TYPE_SYMLINK;
    }

    @Substitute
    static int lock0(FileDescriptor fd, boolean blocking, long pos, long size, boolean shared) throws IOException {
        throw FileDispatcherImpl.noLocks();
    }

    @Substitute
    static void release0(FileDescriptor fd, long pos, long size) {
    }

    @Substitute
    static void closeIntFD(int fd) throws IOException {
        FileDispatcherImpl.closeDescriptor(fd);
    }

    @Substitute
    static long allocationGranularity0() {
        return 4096;
    }

    @Substitute
    static int setDirect0(FileDescriptor fd) throws IOException {
        throw new IOException(LinuxErrno.message(LinuxErrno.EINVAL));
    }
}
