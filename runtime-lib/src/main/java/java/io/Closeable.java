package java.io;

/** A source or destination of data that can be closed. */
public interface Closeable extends AutoCloseable {
    /** Releases the resources held; closing again has no effect. */
    void close() throws IOException;
}
