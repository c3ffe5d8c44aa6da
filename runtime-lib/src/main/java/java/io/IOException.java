package java.io;

/** An I/O operation failed or was interrupted. */
public class IOException extends Exception {
    /** An exception with no message. */
    public IOException() {
        super();
    }

    /** An exception with {@code message}. */
    public IOException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public IOException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public IOException(Throwable cause) {
        super(cause);
    }
}
