package java.lang;

/** A method was invoked at an illegal or inappropriate time. */
public class IllegalStateException extends RuntimeException {
    /** An exception with no message. */
    public IllegalStateException() {
        super();
    }

    /** An exception with {@code message}. */
    public IllegalStateException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public IllegalStateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public IllegalStateException(Throwable cause) {
        super(cause);
    }
}
