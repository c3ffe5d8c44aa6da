package java.lang;

/** An unchecked exception: methods need not declare it. */
public class RuntimeException extends Exception {
    /** An exception with no message. */
    public RuntimeException() {
        super();
    }

    /** An exception with {@code message}. */
    public RuntimeException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public RuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public RuntimeException(Throwable cause) {
        super(cause);
    }

    /** An exception with {@code message} and {@code cause}, with suppression and a writable stack trace as given. */
    protected RuntimeException(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
