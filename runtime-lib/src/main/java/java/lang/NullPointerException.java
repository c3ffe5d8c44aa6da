package java.lang;

/** null was used where an object is required. Kiln does not compute the JVM's helpful messages. */
public class NullPointerException extends RuntimeException {
    /** An exception with no message. */
    public NullPointerException() {
        super();
    }

    /** An exception with {@code message}. */
    public NullPointerException(String message) {
        super(message);
    }
}
