package java.lang;

/** A class has no method of the requested name and parameters. */
public class NoSuchMethodException extends ReflectiveOperationException {
    /** An exception with no message. */
    public NoSuchMethodException() {
        super();
    }

    /** An exception with {@code message}. */
    public NoSuchMethodException(String message) {
        super(message);
    }
}
