package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * {@code StringJoiner} without {@code JavaLangAccess}: the JDK joins the parts through a shared secret of
 * {@code java.lang.String} that runtime-lib's {@code String} does not register; the substitutes join them
 * with a {@code StringBuilder} into the same text.
 */
final class StringJoiner {
    @Alias
    private static String[] EMPTY_STRING_ARRAY;
    @Alias
    private String prefix;
    @Alias
    private String delimiter;
    @Alias
    private String suffix;
    @Alias
    private String[] elts;
    @Alias
    private int size;
    @Alias
    private String emptyValue;

    private StringJoiner() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        EMPTY_STRING_ARRAY = new String[0];
    }

    /** The prefix, the elements separated by the delimiter, and the suffix; or the empty value if set and nothing was added. */
    @Substitute
    public String toString() {
        if (size == 0 && emptyValue != null) {
            return emptyValue;
        }
        return join(prefix, suffix, delimiter, elts, size);
    }

    /** Joins the elements into the first one. */
    @Substitute
    private void compactElts() {
        int n = size;
        if (n > 1) {
            elts[0] = join("", "", delimiter, elts, n);
            for (int i = 1; i < n; i++) {
                elts[i] = null;
            }
            size = 1;
        }
    }

    private static String join(String prefix, String suffix, String delimiter, String[] elements, int n) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.append(suffix).toString();
    }
}
