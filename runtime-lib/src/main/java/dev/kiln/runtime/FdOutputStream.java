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
            flushBuffer();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException(
                    "Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        }
        if (len > buf.length - count) {
            flushBuffer();
        }
        if (len >= buf.length) {
            check(Wasi.write(fd, b, off, len));
            return;
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            check(Wasi.write(fd, buf, 0, n));
        }
    }

    private void check(int errno) throws IOException {
        if (errno != 0) {
            throw new IOException("fd_write to file descriptor " + fd + " failed with WASI errno " + errno);
        }
    }
}
