package java.lang;

/** The common superclass of exceptions thrown by reflective operations. */
public class ReflectiveOperationException extends Exception {
    /** An exception with no message. */
    public ReflectiveOperationException() {
        super();
    }

    /** An exception with {@code message}. */
    public ReflectiveOperationException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public ReflectiveOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public ReflectiveOperationException(Throwable cause) {
        super(cause);
    }
}
