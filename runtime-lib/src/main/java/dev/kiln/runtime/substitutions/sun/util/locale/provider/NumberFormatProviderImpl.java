package dev.kiln.runtime.substitutions.sun.util.locale.provider;

import dev.kiln.runtime.Substitute;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Number formats without {@code CompactNumberFormat} ({@code NumberFormat.getCompactNumberInstance}), whose
 * plural rules and pattern parsing need streams, which Kiln does not compile yet: asking for one throws
 * {@code UnsupportedOperationException}. Every other style is the JDK's.
 */
final class NumberFormatProviderImpl {
    private NumberFormatProviderImpl() {
    }

    @Substitute
    public NumberFormat getCompactNumberInstance(Locale locale, NumberFormat.Style formatStyle) {
        throw new UnsupportedOperationException("Kiln does not compile CompactNumberFormat yet");
    }
}
