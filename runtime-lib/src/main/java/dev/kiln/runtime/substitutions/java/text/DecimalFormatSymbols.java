package dev.kiln.runtime.substitutions.java.text;

import dev.kiln.runtime.Substitute;

/** {@code DecimalFormatSymbols} without streams. */
final class DecimalFormatSymbols {
    private DecimalFormatSymbols() {
    }

    /**
     * The first char of {@code src} that is not a format character (category Cf), or {@code defChar}:
     * JDK 17 finds it with {@code String.chars()}, a stream; later JDKs with a loop, like this one.
     */
    @Substitute
    private char findNonFormatChar(String src, char defChar) {
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (Character.getType(c) != Character.FORMAT) {
                return c;
            }
        }
        return defChar;
    }
}
