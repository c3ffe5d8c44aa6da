package java.lang;

/** An array was accessed with a negative index or one at least its length. */
public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** An exception with no message. */
    public ArrayIndexOutOfBoundsException() {
        super();
    }

    /** An exception with {@code message}. */
    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** An exception with the message {@code "Array index out of range: <index>"}. */
    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
