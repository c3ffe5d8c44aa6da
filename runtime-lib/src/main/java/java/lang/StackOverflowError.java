package java.lang;

/** The recursion of a program was too deep. */
public class StackOverflowError extends VirtualMachineError {
    /** An exception with no message. */
    public StackOverflowError() {
        super();
    }

    /** An exception with {@code message}. */
    public StackOverflowError(String message) {
        super(message);
    }
}
