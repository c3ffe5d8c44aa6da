package java.lang;

/** An object was cast to a class of which it is not an instance. */
public class ClassCastException extends RuntimeException {
    /** An exception with no message. */
    public ClassCastException() {
        super();
    }

    /** An exception with {@code message}. */
    public ClassCastException(String message) {
        super(message);
    }
}
