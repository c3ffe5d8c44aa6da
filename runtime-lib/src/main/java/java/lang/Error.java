package java.lang;

/** A serious problem a reasonable program should not try to catch; unchecked. */
public class Error extends Throwable {
    /** An exception with no message. */
    public Error() {
        super();
    }

    /** An exception with {@code message}. */
    public Error(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public Error(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public Error(Throwable cause) {
        super(cause);
    }

    /** An exception with {@code message} and {@code cause}, with suppression and a writable stack trace as given. */
    protected Error(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
