package java.lang;

/** {@link Object#clone()} was called on an object whose class is not {@link Cloneable}. */
public class CloneNotSupportedException extends Exception {
    /** An exception with no message. */
    public CloneNotSupportedException() {
        super();
    }

    /** An exception with {@code message}. */
    public CloneNotSupportedException(String message) {
        super(message);
    }
}
