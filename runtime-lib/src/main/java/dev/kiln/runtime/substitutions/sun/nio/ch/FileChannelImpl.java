package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.FileChannel.MapMode;
import java.util.Objects;

/**
 * File channels without native memory: the JDK's own {@code FileChannelImpl}, whose reads and writes reach the
 * {@code IOUtil} substitution and whose other operations reach the dispatcher's ({@code FileDispatcherImpl},
 * {@code UnixFileDispatcherImpl}). Memory-mapped files need memory outside the Java heap that the host keeps in
 * step with the file, which WASI cannot provide: {@code map} throws {@code UnsupportedOperationException} (after
 * the JDK's checks that the channel is open and the mode given), as a channel of a file system without mappings does.
 * JDK 17's natives: the allocation granularity (Linux's page size), the largest direct transfer (Linux's), and
 * {@code transferTo0} ({@code sendfile}) copying through WASI; JDK 17's {@code transferFrom} between file channels
 * copies the same way instead of mapping the source.
 */
final class FileChannelImpl {
    private FileChannelImpl() {
    }

    @Alias
    private native void ensureOpen() throws IOException;

    @Alias
    private FileDescriptor fd;
    @Alias
    private boolean readable;
    @Alias
    private Object positionLock;

    @Alias
    public native long position() throws IOException;

    @Alias
    public native FileChannel position(long newPosition) throws IOException;

    @Alias
    public native long size() throws IOException;

    @Substitute(maxJdk = 20)
    private static long initIDs() {
        return 4096;
    }

    @Substitute(maxJdk = 20)
    private static int maxDirectTransferSize0() {
        return 0x7ffff000;
    }

    @Substitute(maxJdk = 20)
    private long transferTo0(FileDescriptor src, long position, long count, FileDescriptor dst) throws IOException {
        return FileDispatcherImpl.transfer(IOUtil.fdVal(src), position, count, IOUtil.fdVal(dst), -1);
    }

    /**
     * JDK 17's {@code transferFrom} of another file channel maps the source into memory; here the bytes are copied
     * from the source's position through WASI ({@code pread}/{@code pwrite}) and the source's position moves past
     * them, as in the JDK. A transfer within one channel whose ranges overlap returns {@code UNSUPPORTED_CASE}, so the
     * JDK copies through a buffer instead (what it does where mappings cannot overlap).
     */
    @Substitute(maxJdk = 20)
    private long transferFromFileChannel(FileChannelImpl src, long position, long count) throws IOException {
        if (!src.readable) {
            throw new NonReadableChannelException();
        }
        synchronized (src.positionLock) {
            long pos = src.position();
            long max = Math.min(count, src.size() - pos);
            if (max <= 0) {
                return 0;
            }
            if (src == this && position < pos + max && pos < position + max) {
                return -6;
            }
            long n = FileDispatcherImpl.transfer(IOUtil.fdVal(src.fd), pos, max, IOUtil.fdVal(fd), position);
            src.position(pos + n);
            return n;
        }
    }

    @Substitute
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        ensureOpen();
        Objects.requireNonNull(mode, "Mode is null");
        throw new UnsupportedOperationException("memory-mapped files are not supported on WASI");
    }
}
