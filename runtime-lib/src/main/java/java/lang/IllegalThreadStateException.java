package java.lang;

/** A thread is not in the state an operation needs (started twice, made a daemon while running). */
public class IllegalThreadStateException extends IllegalArgumentException {
    /** An exception with no message. */
    public IllegalThreadStateException() {
        super();
    }

    /** An exception with {@code message}. */
    public IllegalThreadStateException(String message) {
        super(message);
    }
}
