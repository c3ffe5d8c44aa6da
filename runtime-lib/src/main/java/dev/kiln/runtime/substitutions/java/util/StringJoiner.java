package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The two places where {@code StringJoiner} joins its collected strings: the JDK hands them to
 * {@code JavaLangAccess.join}, reached through {@code SharedSecrets.getJavaLangAccess()}, which Kiln's
 * {@code java.lang.System} never sets up. The substitutes build the same text (prefix, elements separated by
 * the delimiter, suffix) with a StringBuilder. (The static field the JDK keeps the access object in stays
 * null: nothing reads it.)
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

    @Substitute
    @Override
    public String toString() {
        if (size == 0 && emptyValue != null) {
            return emptyValue;
        }
        return join(prefix, suffix, delimiter, size == 0 ? EMPTY_STRING_ARRAY : elts, size);
    }

    /** Joins the elements collected so far into the first one, as the JDK does when the array fills up. */
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

    private static String join(String prefix, String suffix, String delimiter, String[] elements, int count) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.append(suffix).toString();
    }
}
