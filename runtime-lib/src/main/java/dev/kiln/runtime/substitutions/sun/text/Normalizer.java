package dev.kiln.runtime.substitutions.sun.text;

import dev.kiln.runtime.Substitute;

/**
 * The canonical combining class without the ICU data the JDK reads from its resources: 0 below U+0300,
 * where no character combines; any other code point throws {@code UnsupportedOperationException} (see
 * the substitution of {@code java.text.Normalizer}).
 */
final class Normalizer {
    private Normalizer() {
    }

    @Substitute
    public static int getCombiningClass(int ch) {
        if (ch >= 0 && ch < 0x300) {
            return 0;
        }
        throw new UnsupportedOperationException("Kiln has no Unicode normalization data: combining class of U+"
                + Integer.toHexString(ch).toUpperCase());
    }
}
