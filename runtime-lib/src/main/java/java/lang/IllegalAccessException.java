package java.lang;

/** A reflective access was not permitted. */
public class IllegalAccessException extends ReflectiveOperationException {
    /** An exception with no message. */
    public IllegalAccessException() {
        super();
    }

    /** An exception with {@code message}. */
    public IllegalAccessException(String message) {
        super(message);
    }
}
