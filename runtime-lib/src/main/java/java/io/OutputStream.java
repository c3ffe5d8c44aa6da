package java.io;

/** A sink of bytes. Subclasses implement {@link #write(int)} and usually the array form. */
public abstract class OutputStream implements Closeable, Flushable {
    /** For subclasses. */
    public OutputStream() {
    }

    /** Writes the low 8 bits of {@code b}. */
    public abstract void write(int b) throws IOException;

    /** Writes all of {@code b}. */
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /**
     * Writes {@code b[off, off + len)}, by default one byte at a time.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    /** A stream that discards every byte; after {@code close()} each write throws "Stream closed". */
    public static OutputStream nullOutputStream() {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                if (closed) {
                    throw new IOException("Stream closed");
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                checkFromIndexSize(off, len, b.length);
                if (closed) {
                    throw new IOException("Stream closed");
                }
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    /** Writes out buffered bytes; nothing by default. */
    public void flush() throws IOException {
    }

    /** Releases the stream; nothing by default. */
    public void close() throws IOException {
    }

    /** Throws the JDK's {@code Range [off, off + len) out of bounds for length n} unless the range fits. */
    static void checkFromIndexSize(int off, int len, int length) {
        if ((length | off | len) < 0 || len > length - off) {
            throw new IndexOutOfBoundsException(
                    "Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + length);
        }
    }
}
