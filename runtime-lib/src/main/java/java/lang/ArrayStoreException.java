package java.lang;

/** An object of the wrong type was stored into an array of objects. */
public class ArrayStoreException extends RuntimeException {
    /** An exception with no message. */
    public ArrayStoreException() {
        super();
    }

    /** An exception with {@code message}. */
    public ArrayStoreException(String message) {
        super(message);
    }
}
