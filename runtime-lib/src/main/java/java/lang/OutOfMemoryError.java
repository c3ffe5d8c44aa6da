package java.lang;

/** An object could not be allocated. */
public class OutOfMemoryError extends VirtualMachineError {
    /** An exception with no message. */
    public OutOfMemoryError() {
        super();
    }

    /** An exception with {@code message}. */
    public OutOfMemoryError(String message) {
        super(message);
    }
}
