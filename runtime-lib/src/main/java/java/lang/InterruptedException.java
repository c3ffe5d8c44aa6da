package java.lang;

/** A thread was interrupted while waiting; never thrown in single-threaded Kiln programs, but declared by APIs. */
public class InterruptedException extends Exception {
    /** An exception with no message. */
    public InterruptedException() {
        super();
    }

    /** An exception with {@code message}. */
    public InterruptedException(String message) {
        super(message);
    }
}
