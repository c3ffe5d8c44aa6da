package java.lang;

/** The definition of a class that was present at compile time could not be found. */
public class NoClassDefFoundError extends LinkageError {
    /** An exception with no message. */
    public NoClassDefFoundError() {
        super();
    }

    /** An exception with {@code message}. */
    public NoClassDefFoundError(String message) {
        super(message);
    }

    /**
     * An exception with {@code message} and {@code cause}, for {@link ClassInitFailures}: the JDK has no such
     * public constructor, and going through {@link #initCause} would bring its argument checks and their
     * exceptions into every program.
     */
    NoClassDefFoundError(String message, Throwable cause) {
        super(message, cause);
    }
}
