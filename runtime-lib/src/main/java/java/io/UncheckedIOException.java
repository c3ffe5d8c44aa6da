package java.io;

/** Wraps an {@link IOException} where a checked exception cannot be thrown. */
public class UncheckedIOException extends RuntimeException {
    /**
     * An exception with {@code message} and {@code cause}.
     *
     * @throws NullPointerException if {@code cause} is null
     */
    public UncheckedIOException(String message, IOException cause) {
        super(message, requireCause(cause));
    }

    /**
     * An exception with {@code cause}, whose message is {@code cause.toString()}.
     *
     * @throws NullPointerException if {@code cause} is null
     */
    public UncheckedIOException(IOException cause) {
        super(requireCause(cause));
    }

    /** The wrapped exception. */
    public IOException getCause() {
        return (IOException) super.getCause();
    }

    private static IOException requireCause(IOException cause) {
        if (cause == null) {
            throw new NullPointerException();
        }
        return cause;
    }
}
