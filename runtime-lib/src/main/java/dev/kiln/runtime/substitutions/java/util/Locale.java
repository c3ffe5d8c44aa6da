package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Substitute;

/**
 * {@code Locale} without display names: the JDK finds them in the {@code LocaleNames} bundles, thousands of
 * names per language, which Kiln does not compile (docs/CLASS-LIBRARY.md), so asking for one throws
 * {@code UnsupportedOperationException}. From JDK 21 on {@code DecimalFormat.toString()} asks for one.
 */
final class Locale {
    private Locale() {
    }

    @Substitute
    public String getDisplayName(java.util.Locale inLocale) {
        throw new UnsupportedOperationException("Kiln has no locale display names");
    }
}
