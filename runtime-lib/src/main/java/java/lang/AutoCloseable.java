package java.lang;

/** A resource that try-with-resources closes. */
public interface AutoCloseable {
    /** Releases the resource. */
    void close() throws Exception;
}
