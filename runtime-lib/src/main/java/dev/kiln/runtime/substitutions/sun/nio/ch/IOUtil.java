package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.LinuxErrno;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.Wasi;
import dev.kiln.runtime.WasiFiles;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import jdk.internal.access.SharedSecrets;

/**
 * Channel I/O on heap buffers through WASI. The JDK moves the bytes of a heap buffer through a temporary direct
 * buffer ({@code Util.getTemporaryDirectBuffer}, native memory from {@code Unsafe.allocateMemory}) and hands the
 * dispatcher its address; a Kiln program has no native memory (direct buffers are a compile error), so the buffers
 * are always heap buffers and the substitutes read into and write from their arrays ({@code fd_read}/{@code fd_pread}
 * and {@code fd_write}/{@code fd_pwrite}, through runtime-lib's scratch area). The observable contract is the JDK's:
 * a read-only buffer cannot be read into ({@code IllegalArgumentException "Read-only buffer"}), nothing is
 * transferred when nothing remains, the buffer's position moves by the bytes transferred, the end of the file is
 * {@code -1} ({@code IOStatus.EOF}), and a failure is an {@code IOException} with Linux's {@code strerror} text
 * ({@code "Is a directory"} for a directory read as a file). The only dispatcher Kiln has is the file dispatcher,
 * whose descriptor is a WASI descriptor; direct I/O ({@code ExtendedOpenOption.DIRECT}) cannot be opened on Kiln
 * (the open fails with {@code EINVAL}), so the alignment arguments never apply.
 */
final class IOUtil {
    @Alias
    static int IOV_MAX;
    @Alias(minJdk = 21)
    static long WRITEV_MAX;

    private IOUtil() {
    }

    /**
     * No libraries to load; WASI's {@code fd_read}/{@code fd_write} take up to 1024 iovecs, as Linux does. The
     * {@code JavaNioAccess} the JDK keeps here serves the direct-buffer paths replaced below (and asynchronous
     * sockets), so it is not asked for.
     */
    @Substitute(name = "<clinit>", maxJdk = 20)
    static void clinit17() {
        IOV_MAX = 1024;
    }

    /** As {@link #clinit17}, and no limit on the bytes of one gathering write but the JDK's own. */
    @Substitute(name = "<clinit>", minJdk = 21)
    static void clinit25() {
        IOV_MAX = 1024;
        WRITEV_MAX = Long.MAX_VALUE;
    }

    @Substitute
    public static int fdVal(FileDescriptor fd) {
        return SharedSecrets.getJavaIOFileDescriptorAccess().get(fd);
    }

    @Substitute
    static void setfdVal(FileDescriptor fd, int value) {
        SharedSecrets.getJavaIOFileDescriptorAccess().set(fd, value);
    }

    @Substitute
    static int read(FileDescriptor fd, ByteBuffer dst, long position, boolean directIO, boolean async, int alignment,
            NativeDispatcher nd) throws IOException {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        return readInto(fdVal(fd), dst, position);
    }

    @Substitute
    static long read(FileDescriptor fd, ByteBuffer[] bufs, int offset, int length, boolean directIO, boolean async,
            int alignment, NativeDispatcher nd) throws IOException {
        int d = fdVal(fd);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            ByteBuffer dst = bufs[i];
            if (dst.isReadOnly()) {
                throw new IllegalArgumentException("Read-only buffer");
            }
            int wanted = dst.remaining();
            if (wanted == 0) {
                continue;
            }
            int n = readInto(d, dst, -1);
            if (n < 0) {
                return total == 0 ? n : total;
            }
            total += n;
            if (n < wanted) {
                break;
            }
        }
        return total;
    }

    @Substitute
    static int write(FileDescriptor fd, ByteBuffer src, long position, boolean directIO, boolean async, int alignment,
            NativeDispatcher nd) throws IOException {
        return writeFrom(fdVal(fd), src, position);
    }

    @Substitute
    static long write(FileDescriptor fd, ByteBuffer[] bufs, int offset, int length, boolean directIO, boolean async,
            int alignment, NativeDispatcher nd) throws IOException {
        int d = fdVal(fd);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += writeFrom(d, bufs[i], -1);
        }
        return total;
    }

    /** One read into {@code dst}'s remaining space, at {@code position} unless it is -1; -1 at the end. */
    private static int readInto(int fd, ByteBuffer dst, long position) throws IOException {
        int pos = dst.position();
        int rem = dst.remaining();
        if (rem == 0) {
            return 0;
        }
        byte[] array = dst.array();
        int off = dst.arrayOffset() + pos;
        int n = Wasi.readFile(fd, array, off, rem, position);
        if (n < 0) {
            throw failure(fd, -n);
        }
        if (n == 0) {
            return -1;
        }
        dst.position(pos + n);
        return n;
    }

    /** Writes all of {@code src}'s remaining bytes, at {@code position} unless it is -1; returns how many. */
    private static int writeFrom(int fd, ByteBuffer src, long position) throws IOException {
        int pos = src.position();
        int rem = src.remaining();
        if (rem == 0) {
            return 0;
        }
        byte[] array;
        int off;
        if (src.hasArray()) {
            array = src.array();
            off = src.arrayOffset() + pos;
        } else {
            array = new byte[rem];
            src.get(pos, array);
            off = 0;
        }
        if (position == -1) {
            int errno = Wasi.write(fd, array, off, rem);
            if (errno != 0) {
                throw failure(fd, errno);
            }
        } else {
            for (int done = 0; done < rem; ) {
                int n = Wasi.pwrite(fd, array, off + done, rem - done, position + done);
                if (n < 0) {
                    throw failure(fd, -n);
                }
                done += n;
            }
        }
        src.position(pos + rem);
        return rem;
    }

    /**
     * The {@code IOException} the JDK's dispatcher throws for a failed read or write: Linux's text for the error, and
     * for a directory, which WASI opens without read rights, Linux's {@code EISDIR}.
     */
    static IOException failure(int fd, int wasiErrno) {
        int errno = LinuxErrno.fromWasi(wasiErrno);
        if (WasiFiles.stat(fd) == 0 && WasiFiles.statType() == WasiFiles.TYPE_DIRECTORY) {
            errno = LinuxErrno.EISDIR;
        }
        return new IOException(LinuxErrno.message(errno));
    }

    @Substitute
    static void initIDs() {
    }

    @Substitute
    static int iovMax() {
        return 1024;
    }

    @Substitute(minJdk = 21)
    static long writevMax() {
        return Long.MAX_VALUE;
    }
}
