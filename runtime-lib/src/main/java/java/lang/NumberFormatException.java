package java.lang;

/** A string does not have the format a number parser requires. */
public class NumberFormatException extends IllegalArgumentException {
    /** An exception with no message. */
    public NumberFormatException() {
        super();
    }

    /** An exception with {@code message}. */
    public NumberFormatException(String message) {
        super(message);
    }
}
