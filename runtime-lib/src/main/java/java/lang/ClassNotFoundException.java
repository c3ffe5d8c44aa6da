package java.lang;

/** A class could not be found by name. */
public class ClassNotFoundException extends ReflectiveOperationException {
    /** An exception with no message and no recorded exception (the cause cannot be set later). */
    public ClassNotFoundException() {
        super(null, null);
    }

    /** An exception with {@code message} and no recorded exception (the cause cannot be set later). */
    public ClassNotFoundException(String message) {
        super(message, null);
    }

    /** An exception with {@code message} and {@code cause}. */
    public ClassNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception recorded at construction: the same as {@link #getCause()}. */
    public Throwable getException() {
        return getCause();
    }
}
