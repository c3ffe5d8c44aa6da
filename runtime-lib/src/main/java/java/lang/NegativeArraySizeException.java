package java.lang;

/** An array was created with a negative size. */
public class NegativeArraySizeException extends RuntimeException {
    /** An exception with no message. */
    public NegativeArraySizeException() {
        super();
    }

    /** An exception with {@code message}. */
    public NegativeArraySizeException(String message) {
        super(message);
    }
}
