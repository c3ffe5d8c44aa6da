package java.lang;

/** An exceptional arithmetic condition, such as integer division by zero. */
public class ArithmeticException extends RuntimeException {
    /** An exception with no message. */
    public ArithmeticException() {
        super();
    }

    /** An exception with {@code message}. */
    public ArithmeticException(String message) {
        super(message);
    }
}
