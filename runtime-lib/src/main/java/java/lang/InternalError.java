package java.lang;

/** An unexpected internal error in the runtime. */
public class InternalError extends VirtualMachineError {
    /** An exception with no message. */
    public InternalError() {
        super();
    }

    /** An exception with {@code message}. */
    public InternalError(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public InternalError(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public InternalError(Throwable cause) {
        super(cause);
    }
}
