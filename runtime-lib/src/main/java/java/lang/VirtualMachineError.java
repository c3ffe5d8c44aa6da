package java.lang;

/** The virtual machine is broken or has run out of resources. */
public abstract class VirtualMachineError extends Error {
    /** An exception with no message. */
    public VirtualMachineError() {
        super();
    }

    /** An exception with {@code message}. */
    public VirtualMachineError(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public VirtualMachineError(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with {@code cause}, whose message is {@code cause.toString()} (null if no cause). */
    public VirtualMachineError(Throwable cause) {
        super(cause);
    }
}
