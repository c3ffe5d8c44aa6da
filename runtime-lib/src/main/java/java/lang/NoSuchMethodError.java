package java.lang;

/** A method a class was compiled against no longer exists. */
public class NoSuchMethodError extends IncompatibleClassChangeError {
    /** An exception with no message. */
    public NoSuchMethodError() {
        super();
    }

    /** An exception with {@code message}. */
    public NoSuchMethodError(String message) {
        super(message);
    }
}
