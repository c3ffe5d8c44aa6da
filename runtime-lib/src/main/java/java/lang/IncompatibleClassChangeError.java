package java.lang;

/** A class changed incompatibly with classes compiled against it. */
public class IncompatibleClassChangeError extends LinkageError {
    /** An exception with no message. */
    public IncompatibleClassChangeError() {
        super();
    }

    /** An exception with {@code message}. */
    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
