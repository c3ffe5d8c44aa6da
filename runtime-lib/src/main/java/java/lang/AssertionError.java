package java.lang;

/** An assertion failed: thrown by {@code assert} statements and by programs directly. */
public class AssertionError extends Error {
    /** An error with no message. */
    public AssertionError() {
    }

    /**
     * An error whose message is {@code String.valueOf(detailMessage)}; if {@code detailMessage} is a
     * {@link Throwable}, it is also the cause (set through {@link #initCause}, as specified).
     */
    @SuppressWarnings("this-escape")
    public AssertionError(Object detailMessage) {
        super(String.valueOf(detailMessage));
        if (detailMessage instanceof Throwable) {
            initCause((Throwable) detailMessage);
        }
    }

    /** An error whose message is {@code String.valueOf(detailMessage)}. */
    public AssertionError(boolean detailMessage) {
        super(String.valueOf(detailMessage));
    }

    /** An error whose message is {@code String.valueOf(detailMessage)}. */
    public AssertionError(char detailMessage) {
        super(String.valueOf(detailMessage));
    }

    /** An error whose message is {@code String.valueOf(detailMessage)}. */
    public AssertionError(int detailMessage) {
        super(String.valueOf(detailMessage));
    }

    /** An error whose message is {@code String.valueOf(detailMessage)}. */
    public AssertionError(long detailMessage) {
        super(String.valueOf(detailMessage));
    }

    /** An error whose message is {@code String.valueOf(detailMessage)}. */
    public AssertionError(float detailMessage) {
        super(String.valueOf(detailMessage));
    }

    /** An error whose message is {@code String.valueOf(detailMessage)}. */
    public AssertionError(double detailMessage) {
        super(String.valueOf(detailMessage));
    }

    /** An error with {@code message} and {@code cause}. */
    public AssertionError(String message, Throwable cause) {
        super(message, cause);
    }
}
