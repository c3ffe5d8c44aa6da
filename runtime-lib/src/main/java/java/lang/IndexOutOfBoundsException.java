package java.lang;

/** An index of some sort (array, string, list) is out of range. */
public class IndexOutOfBoundsException extends RuntimeException {
    /** An exception with no message. */
    public IndexOutOfBoundsException() {
        super();
    }

    /** An exception with {@code message}. */
    public IndexOutOfBoundsException(String message) {
        super(message);
    }

    /** An exception with the message {@code "Index out of range: <index>"}. */
    public IndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }

    /** An exception with the message {@code "Index out of range: <index>"}. */
    public IndexOutOfBoundsException(long index) {
        super("Index out of range: " + index);
    }
}
