package dev.kiln.runtime;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered output stream over a WASI file descriptor: bytes collect in an 8 KiB buffer that
 * {@link #flush()} (or a full buffer) hands to {@code fd_write}. Closing flushes but leaves the
 * descriptor open, since the standard descriptors belong to the host.
 */
public final class FdOutputStream extends OutputStream {
    private final int fd;
    private final byte[] buf = new byte[8192];
    private int count;

    /** A stream writing to file descriptor {@code fd}. */
    public FdOutputStream(int fd) {
        this.fd = fd;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buf.length) {
            check(drain());
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException(
                    "Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        }
        check(append(b, off, len));
    }

    /**
     * Writes {@code b[off, off + len)}, a range the caller has checked (the trusted path {@link java.io.PrintStream}
     * takes, since it knows its own buffer's bounds): returns 0, or the WASI errno of a failed write. Reporting a
     * failure as a number builds no exception, so that printing to the standard streams cannot throw anything.
     */
    public int append(byte[] b, int off, int len) {
        if (len > buf.length - count) {
            int errno = drain();
            if (errno != 0) {
                return errno;
            }
        }
        if (len >= buf.length) {
            return Wasi.write(fd, b, off, len);
        }
        // count + len <= buf.length: either it fitted, or the buffer was drained and len < buf.length.
        ArrayCopy.unchecked(b, off, buf, count, len);
        count += len;
        return 0;
    }

    @Override
    public void flush() throws IOException {
        check(drain());
    }

    @Override
    public void close() throws IOException {
        check(drain());
    }

    /** Hands the buffered bytes to {@code fd_write}: returns 0, or the WASI errno of a failed write (see {@link #append}). */
    public int drain() {
        if (count == 0) {
            return 0;
        }
        int n = count;
        count = 0;
        return Wasi.write(fd, buf, 0, n);
    }

    private void check(int errno) throws IOException {
        if (errno != 0) {
            throw new IOException("fd_write to file descriptor " + fd + " failed with WASI errno " + errno);
        }
    }
}
