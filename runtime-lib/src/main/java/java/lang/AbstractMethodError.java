package java.lang;

/** An abstract method was invoked. */
public class AbstractMethodError extends IncompatibleClassChangeError {
    /** An exception with no message. */
    public AbstractMethodError() {
        super();
    }

    /** An exception with {@code message}. */
    public AbstractMethodError(String message) {
        super(message);
    }
}
