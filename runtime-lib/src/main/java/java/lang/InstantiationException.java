package java.lang;

/** A class could not be instantiated reflectively. */
public class InstantiationException extends ReflectiveOperationException {
    /** An exception with no message. */
    public InstantiationException() {
        super();
    }

    /** An exception with {@code message}. */
    public InstantiationException(String message) {
        super(message);
    }
}
