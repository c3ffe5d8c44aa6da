package java.io;

/** An output stream that passes everything on to another one, for subclasses to refine. */
public class FilterOutputStream extends OutputStream {
    /** The stream written to. */
    protected OutputStream out;

    private boolean closed;

    /** A filter over {@code out}. */
    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    /** Writes {@code b} to the underlying stream. */
    public void write(int b) throws IOException {
        out.write(b);
    }

    /** Writes all of {@code b}, through {@link #write(byte[], int, int)}. */
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /**
     * Writes {@code b[off, off + len)} one byte at a time through {@link #write(int)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    /** Flushes the underlying stream. */
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes, then closes the underlying stream; closing again does nothing. */
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
