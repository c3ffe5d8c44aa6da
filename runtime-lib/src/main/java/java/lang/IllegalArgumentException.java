package java.lang;

/** A method was passed an illegal or inappropriate argument. */
public class IllegalArgumentException extends RuntimeException {
    /** An exception with no message. */
    public IllegalArgumentException() {
        super();
    }

    /** An exception with {@code message}. */
    public IllegalArgumentException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public IllegalArgumentException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public IllegalArgumentException(Throwable cause) {
        super(cause);
    }
}
