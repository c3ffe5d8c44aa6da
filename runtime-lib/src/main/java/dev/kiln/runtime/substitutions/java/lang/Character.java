package dev.kiln.runtime.substitutions.java.lang;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.Arrays;

/**
 * Nothing of runtime-lib's {@code Character} itself: this class holds the substitutions of the JDK's nested
 * {@code Character.UnicodeScript} and {@code Character.UnicodeBlock}.
 */
final class Character {
    private Character() {
    }

    /**
     * {@code UnicodeScript.of} without {@code String.format}: the JDK builds the message of an invalid code
     * point with it, which would make {@code Formatter}, locale data and {@code java.math} (about 1.5 MB) part
     * of every program that uses a regular expression, since {@code java.util.regex} reaches {@code of}.
     * The same message, concatenated; the same lookup.
     */
    static final class UnicodeScript {
        @Alias
        private static int[] scriptStarts;
        @Alias
        private static UnicodeScript[] scripts;
        @Alias
        public static UnicodeScript UNKNOWN;

        private UnicodeScript() {
        }

        @Substitute
        public static UnicodeScript of(int codePoint) {
            if (!java.lang.Character.isValidCodePoint(codePoint)) {
                throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                        + Integer.toHexString(codePoint).toUpperCase());
            }
            if (java.lang.Character.getType(codePoint) == java.lang.Character.UNASSIGNED) {
                return UNKNOWN;
            }
            int index = Arrays.binarySearch(scriptStarts, codePoint);
            if (index < 0) {
                index = -index - 2;
            }
            return scripts[index];
        }
    }

    /** {@code UnicodeBlock.of} without {@code String.format}, as {@link UnicodeScript}. */
    static final class UnicodeBlock {
        @Alias
        private static int[] blockStarts;
        @Alias
        private static UnicodeBlock[] blocks;

        private UnicodeBlock() {
        }

        /** The block of the last range that starts at or before {@code codePoint} (null where none is assigned). */
        @Substitute
        public static UnicodeBlock of(int codePoint) {
            if (!java.lang.Character.isValidCodePoint(codePoint)) {
                throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                        + Integer.toHexString(codePoint).toUpperCase());
            }
            int index = Arrays.binarySearch(blockStarts, codePoint);
            if (index < 0) {
                index = -index - 2;
            }
            return blocks[index];
        }
    }
}
