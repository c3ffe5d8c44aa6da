package java.lang;

/**
 * Kiln's own class (not the JDK's, and not part of Java SE): hands Kiln's runtime outside {@code java.lang} a
 * string's characters without a copy. It lives in {@code java.lang} to read {@link String}'s array; a program
 * compiled against a JDK cannot name it.
 *
 * <p>Reading the array itself, rather than calling {@code charAt}, lets a loop over it carry no check that the
 * optimizer cannot drop: {@link java.io.PrintStream} encodes through it, so printing cannot throw.
 */
public final class StringChars {
    private StringChars() {
    }

    /** The characters of {@code s} (not null), which the caller must never modify. */
    public static char[] of(String s) {
        return s.value();
    }
}
