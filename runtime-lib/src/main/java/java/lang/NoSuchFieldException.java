package java.lang;

/** A class has no field of the requested name. */
public class NoSuchFieldException extends ReflectiveOperationException {
    /** An exception with no message. */
    public NoSuchFieldException() {
        super();
    }

    /** An exception with {@code message}. */
    public NoSuchFieldException(String message) {
        super(message);
    }
}
