package java.lang;

/** A class depends on another that changed incompatibly. */
public class LinkageError extends Error {
    /** An exception with no message. */
    public LinkageError() {
        super();
    }

    /** An exception with {@code message}. */
    public LinkageError(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public LinkageError(String message, Throwable cause) {
        super(message, cause);
    }
}
