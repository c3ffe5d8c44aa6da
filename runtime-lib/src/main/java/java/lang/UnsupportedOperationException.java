package java.lang;

/** The requested operation is not supported. */
public class UnsupportedOperationException extends RuntimeException {
    /** An exception with no message. */
    public UnsupportedOperationException() {
        super();
    }

    /** An exception with {@code message}. */
    public UnsupportedOperationException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public UnsupportedOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public UnsupportedOperationException(Throwable cause) {
        super(cause);
    }
}
