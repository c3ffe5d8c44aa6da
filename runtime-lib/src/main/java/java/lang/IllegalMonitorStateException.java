package java.lang;

/** A thread used a monitor it does not own. */
public class IllegalMonitorStateException extends RuntimeException {
    /** An exception with no message. */
    public IllegalMonitorStateException() {
        super();
    }

    /** An exception with {@code message}. */
    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
