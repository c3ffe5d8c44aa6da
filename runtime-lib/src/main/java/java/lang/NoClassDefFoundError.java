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
}
