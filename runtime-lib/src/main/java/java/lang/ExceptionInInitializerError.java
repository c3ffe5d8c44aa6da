package java.lang;

/** An exception escaped a static initializer. */
public class ExceptionInInitializerError extends LinkageError {
    /** An exception with no message and no recorded exception (the cause cannot be set later). */
    public ExceptionInInitializerError() {
        super(null, null);
    }

    /** An error recording {@code thrown}, the exception that escaped the initializer; no message. */
    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    /** An exception with {@code message} and no recorded exception (the cause cannot be set later). */
    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    /** The exception recorded at construction: the same as {@link #getCause()}. */
    public Throwable getException() {
        return getCause();
    }
}
