package java.lang;

/**
 * Thrown when an exhaustive switch or record pattern meets a value no case covers (a class changed after the
 * switch was compiled) or a record accessor throws during pattern matching. New in Java 21: javac for release
 * 21 and later emits code that constructs it, so programs compiled for them need it even on an older JDK.
 */
public final class MatchException extends RuntimeException {
    /** An exception with {@code message} and {@code cause}, either of which may be null. */
    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
