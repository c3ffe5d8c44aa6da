package dev.kiln.runtime;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered input stream over a WASI file descriptor. Before asking the host for more bytes it flushes
 * {@code System.out}, so that a prompt printed without a newline appears before the program waits.
 */
public final class FdInputStream extends InputStream {
    private final int fd;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;

    /** A stream reading from file descriptor {@code fd}. */
    public FdInputStream(int fd) {
        this.fd = fd;
    }

    @Override
    public int read() throws IOException {
        if (pos == limit && fill() <= 0) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException(
                    "Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        }
        if (len == 0) {
            return 0;
        }
        if (pos == limit) {
            if (len >= buf.length) {
                System.out.flush();
                return check(Wasi.read(fd, b, off, len));
            }
            if (fill() <= 0) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    /** Refills the empty buffer; returns the number of bytes read, 0 at the end of input. */
    private int fill() throws IOException {
        System.out.flush();
        int n = Wasi.read(fd, buf, 0, buf.length);
        check(n);
        pos = 0;
        limit = Math.max(n, 0);
        return limit;
    }

    /** {@code n} as a read count: -1 for the end of input; an exception for a WASI error. */
    private int check(int n) throws IOException {
        if (n < 0) {
            throw new IOException("fd_read from file descriptor " + fd + " failed with WASI errno " + -n);
        }
        return n == 0 ? -1 : n;
    }
}
