package java.lang;

/** A string index is negative or at least the string's length. */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** An exception with no message. */
    public StringIndexOutOfBoundsException() {
        super();
    }

    /** An exception with {@code message}. */
    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** An exception with the message {@code "String index out of range: <index>"}. */
    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
