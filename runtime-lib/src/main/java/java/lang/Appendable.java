package java.lang;

import java.io.IOException;

/** A destination for chars: implemented by {@link StringBuilder} and {@link java.io.PrintStream}. */
public interface Appendable {
    /** Appends {@code csq}, or {@code "null"} if it is null. */
    Appendable append(CharSequence csq) throws IOException;

    /** Appends {@code csq[start, end)}, or of {@code "null"} if {@code csq} is null. */
    Appendable append(CharSequence csq, int start, int end) throws IOException;

    /** Appends {@code c}. */
    Appendable append(char c) throws IOException;
}
