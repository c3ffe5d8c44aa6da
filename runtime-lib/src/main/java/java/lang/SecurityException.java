package java.lang;

/** A security violation. */
public class SecurityException extends RuntimeException {
    /** An exception with no message. */
    public SecurityException() {
        super();
    }

    /** An exception with {@code message}. */
    public SecurityException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public SecurityException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public SecurityException(Throwable cause) {
        super(cause);
    }
}
