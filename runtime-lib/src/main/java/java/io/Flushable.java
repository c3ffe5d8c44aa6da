package java.io;

/** A destination of data that can be flushed. */
public interface Flushable {
    /** Writes any buffered output to the underlying destination. */
    void flush() throws IOException;
}
