package dev.kiln.runtime.substitutions.sun.util.locale.provider;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import sun.util.locale.provider.JRELocaleProviderAdapter;

/**
 * The fallback adapter's available locales without a stream (JDK 21 and later collect them with one):
 * the JRE adapter's followed by the fallback's own, without duplicates.
 */
class FallbackLocaleProviderAdapter extends JRELocaleProviderAdapter {
    @Alias(minJdk = 21)
    private static Locale[] AVAILABLE_LOCS;

    @Substitute(minJdk = 21)
    public Locale[] getAvailableLocales() {
        Set<Locale> locales = new LinkedHashSet<>();
        for (Locale l : super.getAvailableLocales()) {
            locales.add(l);
        }
        for (Locale l : AVAILABLE_LOCS) {
            locales.add(l);
        }
        return locales.toArray(new Locale[0]);
    }
}
