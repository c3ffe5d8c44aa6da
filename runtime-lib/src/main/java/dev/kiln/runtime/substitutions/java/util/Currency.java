package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Substitute;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Currency} without its data: the JDK reads the ISO 4217 tables from the resource file
 * {@code currency.data}, which Kiln does not compile, so every way to a {@code Currency} throws
 * {@code UnsupportedOperationException} (and with it a currency symbol of {@code DecimalFormatSymbols}).
 */
final class Currency {
    private Currency() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    @Substitute
    public static java.util.Currency getInstance(String currencyCode) {
        throw unsupported();
    }

    @Substitute
    public static java.util.Currency getInstance(Locale locale) {
        throw unsupported();
    }

    @Substitute
    public static Set<java.util.Currency> getAvailableCurrencies() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("Kiln has no currency data");
    }
}
