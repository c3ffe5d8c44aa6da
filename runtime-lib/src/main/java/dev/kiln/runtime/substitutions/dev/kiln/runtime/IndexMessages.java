package dev.kiln.runtime.substitutions.dev.kiln.runtime;

import dev.kiln.runtime.Substitute;

/**
 * Substitutes runtime-lib's {@code dev.kiln.runtime.IndexMessages} on class libraries before JDK 18: JDK 17's
 * {@code String} and {@code StringBuilder} word each kind of index check their own way, and
 * {@code codePointCount} gives no message at all. From JDK 18 (JDK-8268698) the JDK's {@code String} reports
 * every check in {@code Preconditions}' words, runtime-lib's own forms. Both sets are compared with JDK 17
 * and JDK 25 by the conformance suite (implicit_exceptions/StringIndexes, strings/RangesAndWhitespace,
 * strings/CodePointNavigation, string_builder/SelfAndRanges, string_builder/SurrogateEdits); the JDKs in
 * between are assumed to follow that change throughout.
 */
final class IndexMessages {
    private IndexMessages() {
    }

    @Substitute(maxJdk = 17)
    public static String indexMessage(int index, int length) {
        return "index " + index + ", length " + length;
    }

    @Substitute(maxJdk = 17)
    public static String charIndexMessage(int index, int length) {
        return "String index out of range: " + index;
    }

    @Substitute(maxJdk = 17)
    public static String beforeIndexMessage(int index, int length) {
        return "String index out of range: " + index;
    }

    @Substitute(maxJdk = 17)
    public static String beginEndMessage(int begin, int end, int length) {
        return "begin " + begin + ", end " + end + ", length " + length;
    }

    @Substitute(maxJdk = 17)
    public static String startEndMessage(int start, int end, int length) {
        return "start " + start + ", end " + end + ", length " + length;
    }

    @Substitute(maxJdk = 17)
    public static String codePointRangeMessage(int begin, int end, int length) {
        return null;
    }

    @Substitute(maxJdk = 17)
    public static String codePointCountMessage(int offset, int count, int length) {
        return null;
    }

    @Substitute(maxJdk = 17)
    public static String parseRangeMessage(int begin, int end, int length) {
        return null;
    }

    @Substitute(maxJdk = 17)
    public static String offsetCountMessage(int offset, int count, int length) {
        return "offset " + offset + ", count " + count + ", length " + length;
    }

    @Substitute(maxJdk = 17)
    public static String offsetMessage(int offset, int length) {
        return "offset " + offset + ", length " + length;
    }
}
