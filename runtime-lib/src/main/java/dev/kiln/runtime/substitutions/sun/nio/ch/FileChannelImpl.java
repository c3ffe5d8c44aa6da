package dev.kiln.runtime.substitutions.sun.nio.ch;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel.MapMode;
import java.util.Objects;

/**
 * File channels without native memory: the JDK's own {@code FileChannelImpl}, whose reads and writes reach the
 * {@code IOUtil} substitution and whose other operations reach the dispatcher's ({@code FileDispatcherImpl},
 * {@code UnixFileDispatcherImpl}). Memory-mapped files need memory outside the Java heap that the host keeps in
 * step with the file, which WASI cannot provide: {@code map} throws {@code UnsupportedOperationException} (after
 * the JDK's checks that the channel is open and the mode given), as a channel of a file system without mappings does.
 * JDK 17's natives: the allocation granularity (Linux's page size), the largest direct transfer (Linux's), and
 * {@code transferTo0} ({@code sendfile}) copying through WASI.
 */
final class FileChannelImpl {
    private FileChannelImpl() {
    }

    @Alias
    private native void ensureOpen() throws IOException;

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

    @Substitute
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        ensureOpen();
        Objects.requireNonNull(mode, "Mode is null");
        throw new UnsupportedOperationException("memory-mapped files are not supported on WASI");
    }
}
