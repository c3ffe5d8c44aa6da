package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.FileStreams;
import dev.kiln.runtime.LinuxErrno;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.Wasi;
import dev.kiln.runtime.WasiFiles;
import java.io.FileDescriptor;
import java.io.IOException;

/**
 * The file dispatcher's natives over WASI. On JDK 17 this class holds them all; from JDK 21 (checked against 25)
 * the descriptor operations moved to {@code UnixFileDispatcherImpl} (its substitution) and this class keeps the
 * transfers. Reads and writes of buffers go through the {@code IOUtil} substitution, so the address-based natives are
 * never called; the others: {@code seek0} ({@code lseek}: a negative offset asks for the position), {@code size0}
 * ({@code fstat}), {@code truncate0} ({@code ftruncate}), {@code force0} ({@code fsync}/{@code fdatasync}),
 * {@code closeIntFD}; file locks are not in WASI ({@code lock0} throws an {@code IOException}
 * {@code "No locks available"}, what Linux says on a file system without them, so no lock is ever held and
 * {@code release0} has nothing to release); no {@code dup}; no direct I/O.
 */
final class FileDispatcherImpl {
    private FileDispatcherImpl() {
    }

    @Substitute(maxJdk = 20)
    static void init() {
    }

    @Substitute(minJdk = 21)
    static void init0() {
    }

    @Substitute(maxJdk = 20)
    static long seek0(FileDescriptor fd, long offset) throws IOException {
        return seekTo(fd, offset);
    }

    @Substitute(maxJdk = 20)
    static int force0(FileDescriptor fd, boolean metaData) throws IOException {
        return sync(fd, metaData);
    }

    @Substitute(maxJdk = 20)
    static int truncate0(FileDescriptor fd, long size) throws IOException {
        FileStreams.setSize(IOUtil.fdVal(fd), size);
        return 0;
    }

    @Substitute(maxJdk = 20)
    static long size0(FileDescriptor fd) throws IOException {
        return FileStreams.size(IOUtil.fdVal(fd));
    }

    @Substitute(maxJdk = 20)
    static int lock0(FileDescriptor fd, boolean blocking, long pos, long size, boolean shared) throws IOException {
        throw noLocks();
    }

    @Substitute(maxJdk = 20)
    static void release0(FileDescriptor fd, long pos, long size) {
    }

    @Substitute(maxJdk = 20)
    static void closeIntFD(int fd) throws IOException {
        closeDescriptor(fd);
    }

    @Substitute(maxJdk = 20)
    static void preClose0(FileDescriptor fd) {
    }

    @Substitute(maxJdk = 20)
    static void dup0(FileDescriptor fd1, FileDescriptor fd2) throws IOException {
        throw new IOException(LinuxErrno.message(LinuxErrno.ENOSYS));
    }

    @Substitute(maxJdk = 20)
    static boolean canTransferToFromOverlappedMap0() {
        return true;
    }

    @Substitute(maxJdk = 20)
    static int setDirect0(FileDescriptor fd) throws IOException {
        throw new IOException(LinuxErrno.message(LinuxErrno.EINVAL));
    }

    /** JDK 25's {@code sendfile}: {@code count} bytes from {@code position} of {@code src} to {@code dst}. */
    @Substitute(minJdk = 21)
    static long transferTo0(FileDescriptor src, long position, long count, FileDescriptor dst, boolean append)
            throws IOException {
        return transfer(IOUtil.fdVal(src), position, count, IOUtil.fdVal(dst), -1);
    }

    /** JDK 25's {@code copy_file_range}: {@code count} bytes from {@code src}'s position to {@code dst} at
     * {@code position}, or at its end when it appends. */
    @Substitute(minJdk = 21)
    static long transferFrom0(FileDescriptor src, FileDescriptor dst, long position, long count, boolean append)
            throws IOException {
        int s = IOUtil.fdVal(src);
        long from = FileStreams.seek(s, 0, WasiFiles.SEEK_CUR);
        long n = transfer(s, from, count, IOUtil.fdVal(dst), append ? -1 : position);
        FileStreams.seek(s, from + n, WasiFiles.SEEK_SET);
        return n;
    }

    // Shared with the UnixFileDispatcherImpl and FileChannelImpl substitutions.

    static long seekTo(FileDescriptor fd, long offset) throws IOException {
        int d = IOUtil.fdVal(fd);
        return offset < 0 ? FileStreams.seek(d, 0, WasiFiles.SEEK_CUR) : FileStreams.seek(d, offset, WasiFiles.SEEK_SET);
    }

    static int sync(FileDescriptor fd, boolean metaData) throws IOException {
        int errno = WasiFiles.sync(IOUtil.fdVal(fd), !metaData);
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
        return 0;
    }

    static IOException noLocks() {
        return new IOException(LinuxErrno.message(37));
    }

    static void closeDescriptor(int fd) throws IOException {
        int errno = WasiFiles.close(fd);
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
    }

    /**
     * Copies up to {@code count} bytes from {@code position} of {@code src} (without moving its offset) to
     * {@code dst} at {@code at}, or at its offset if {@code at} is -1 (moving it); returns the bytes copied, fewer
     * than {@code count} only at the end of {@code src}.
     */
    static long transfer(int src, long position, long count, int dst, long at) throws IOException {
        byte[] buffer = new byte[(int) Math.min(count, 65536)];
        long done = 0;
        while (done < count) {
            int n = Wasi.pread(src, buffer, 0, (int) Math.min(buffer.length, count - done), position + done);
            if (n < 0) {
                throw IOUtil.failure(src, -n);
            }
            if (n == 0) {
                break;
            }
            if (at == -1) {
                int errno = Wasi.write(dst, buffer, 0, n);
                if (errno != 0) {
                    throw IOUtil.failure(dst, errno);
                }
            } else {
                for (int written = 0; written < n; ) {
                    int w = Wasi.pwrite(dst, buffer, written, n - written, at + done + written);
                    if (w < 0) {
                        throw IOUtil.failure(dst, -w);
                    }
                    written += w;
                }
            }
            done += n;
        }
        return done;
    }
}
