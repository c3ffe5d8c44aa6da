package java.lang;

/** A field a class was compiled against no longer exists. */
public class NoSuchFieldError extends IncompatibleClassChangeError {
    /** An exception with no message. */
    public NoSuchFieldError() {
        super();
    }

    /** An exception with {@code message}. */
    public NoSuchFieldError(String message) {
        super(message);
    }
}
