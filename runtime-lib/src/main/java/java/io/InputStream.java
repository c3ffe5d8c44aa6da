package java.io;

/** A source of bytes. Subclasses implement {@link #read()} and usually the array form. */
public abstract class InputStream implements Closeable {
    private static final int TRANSFER_SIZE = 8192;

    /** For subclasses. */
    public InputStream() {
    }

    /** The next byte as 0-255, or -1 at the end of the stream. */
    public abstract int read() throws IOException;

    /** Reads up to {@code b.length} bytes into {@code b}; the count, or -1 at the end. */
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /**
     * Reads up to {@code len} bytes into {@code b} at {@code off}, by default with {@link #read()} until
     * it would report the end or {@code len} bytes are read; an {@link IOException} after the first byte
     * ends the read early instead of propagating.
     *
     * @return the number of bytes read, or -1 if the stream was already at its end
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c == -1) {
            return -1;
        }
        b[off] = (byte) c;
        int i = 1;
        try {
            for (; i < len; i++) {
                c = read();
                if (c == -1) {
                    break;
                }
                b[off + i] = (byte) c;
            }
        } catch (IOException e) {
            return i;
        }
        return i;
    }

    /** Reads everything up to the end of the stream. */
    public byte[] readAllBytes() throws IOException {
        byte[] buf = new byte[TRANSFER_SIZE];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                byte[] grown = new byte[buf.length * 2];
                System.arraycopy(buf, 0, grown, 0, n);
                buf = grown;
            }
            int r = read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        byte[] result = new byte[n];
        System.arraycopy(buf, 0, result, 0, n);
        return result;
    }

    /**
     * Reads until {@code len} bytes are read or the stream ends.
     *
     * @return the number of bytes read
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public int readNBytes(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int r = read(b, off + n, len - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /**
     * Reads up to {@code len} bytes, stopping early only at the end of the stream.
     *
     * @throws IllegalArgumentException if {@code len} is negative
     */
    public byte[] readNBytes(int len) throws IOException {
        if (len < 0) {
            throw new IllegalArgumentException("len < 0");
        }
        byte[] buf = new byte[Math.min(len, TRANSFER_SIZE)];
        int n = 0;
        while (n < len) {
            if (n == buf.length) {
                byte[] grown = new byte[(int) Math.min(len, (long) buf.length * 2)];
                System.arraycopy(buf, 0, grown, 0, n);
                buf = grown;
            }
            int r = read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n == buf.length) {
            return buf;
        }
        byte[] result = new byte[n];
        System.arraycopy(buf, 0, result, 0, n);
        return result;
    }

    /**
     * Skips exactly {@code n} bytes (nothing if {@code n} is not positive), reading one byte whenever
     * {@link #skip} skips none.
     *
     * @throws EOFException if the stream ends first
     * @throws IOException if {@code skip} reports more bytes than asked for or a negative count
     */
    public void skipNBytes(long n) throws IOException {
        while (n > 0) {
            long skipped = skip(n);
            if (skipped > 0 && skipped <= n) {
                n -= skipped;
            } else if (skipped == 0) {
                if (read() == -1) {
                    throw new EOFException();
                }
                n--;
            } else {
                throw new IOException("Unable to skip exactly");
            }
        }
    }

    /** A stream of no bytes; after {@code close()} every read, skip and {@code available} throws "Stream closed". */
    public static InputStream nullInputStream() {
        return new InputStream() {
            private boolean closed;

            private void ensureOpen() throws IOException {
                if (closed) {
                    throw new IOException("Stream closed");
                }
            }

            @Override
            public int available() throws IOException {
                ensureOpen();
                return 0;
            }

            @Override
            public int read() throws IOException {
                ensureOpen();
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                OutputStream.checkFromIndexSize(off, len, b.length);
                if (len == 0) {
                    return 0;
                }
                ensureOpen();
                return -1;
            }

            @Override
            public byte[] readAllBytes() throws IOException {
                ensureOpen();
                return new byte[0];
            }

            @Override
            public int readNBytes(byte[] b, int off, int len) throws IOException {
                OutputStream.checkFromIndexSize(off, len, b.length);
                ensureOpen();
                return 0;
            }

            @Override
            public byte[] readNBytes(int len) throws IOException {
                if (len < 0) {
                    throw new IllegalArgumentException("len < 0");
                }
                ensureOpen();
                return new byte[0];
            }

            @Override
            public long skip(long n) throws IOException {
                ensureOpen();
                return 0L;
            }

            @Override
            public void skipNBytes(long n) throws IOException {
                ensureOpen();
                if (n > 0) {
                    throw new EOFException();
                }
            }

            @Override
            public long transferTo(OutputStream out) throws IOException {
                if (out == null) {
                    throw new NullPointerException();
                }
                ensureOpen();
                return 0L;
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    /** Skips up to {@code n} bytes by reading them; returns how many were skipped. */
    public long skip(long n) throws IOException {
        long remaining = n;
        if (n <= 0) {
            return 0;
        }
        byte[] buf = new byte[(int) Math.min(TRANSFER_SIZE, remaining)];
        while (remaining > 0) {
            int r = read(buf, 0, (int) Math.min(buf.length, remaining));
            if (r < 0) {
                break;
            }
            remaining -= r;
        }
        return n - remaining;
    }

    /** An estimate of the bytes readable without blocking; 0 by default. */
    public int available() throws IOException {
        return 0;
    }

    /** Releases the stream; nothing by default. */
    public void close() throws IOException {
    }

    /** Marks the current position; unsupported by default, so nothing. */
    public void mark(int readlimit) {
    }

    /**
     * Returns to the mark.
     *
     * @throws IOException always, by default: marks are not supported
     */
    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /** Whether {@link #mark} and {@link #reset} work; false by default. */
    public boolean markSupported() {
        return false;
    }

    /** Copies the rest of this stream to {@code out}; returns the number of bytes. */
    public long transferTo(OutputStream out) throws IOException {
        if (out == null) {
            throw new NullPointerException();
        }
        byte[] buf = new byte[TRANSFER_SIZE];
        long total = 0;
        int r;
        while ((r = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }
}
