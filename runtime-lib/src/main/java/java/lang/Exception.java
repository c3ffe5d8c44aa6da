package java.lang;

/** A condition a reasonable program might want to catch; checked unless it is a {@link RuntimeException}. */
public class Exception extends Throwable {
    /** An exception with no message. */
    public Exception() {
        super();
    }

    /** An exception with {@code message}. */
    public Exception(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public Exception(Throwable cause) {
        super(cause);
    }

    /** An exception with {@code message} and {@code cause}, with suppression and a writable stack trace as given. */
    protected Exception(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
