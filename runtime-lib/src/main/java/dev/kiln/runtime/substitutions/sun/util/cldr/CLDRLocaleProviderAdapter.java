package dev.kiln.runtime.substitutions.sun.util.cldr;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.Locale;
import java.util.Set;
import sun.util.locale.provider.JRELocaleProviderAdapter;
import sun.util.locale.provider.LocaleDataMetaInfo;

/**
 * The CLDR adapter of a runtime image with {@code java.base} only: the JDK looks for the locale data of
 * {@code jdk.localedata} with {@code ServiceLoader}; Kiln compiles no other module's data, so there is none,
 * and the adapter serves the locales {@code java.base} has (the root locale and English). From JDK 21 on
 * the available locales are collected with a stream; the substitute collects them with a loop.
 */
class CLDRLocaleProviderAdapter extends JRELocaleProviderAdapter {
    @Alias
    private LocaleDataMetaInfo nonBaseMetaInfo;
    @Alias(minJdk = 21)
    private static Locale[] AVAILABLE_LOCALES;

    @Substitute
    CLDRLocaleProviderAdapter() {
        super();
        nonBaseMetaInfo = null;
    }

    /** The locales of the tags of category "AvailableLocales", made once. */
    @Substitute(minJdk = 21)
    public Locale[] getAvailableLocales() {
        if (AVAILABLE_LOCALES == null) {
            Set<String> tags = createLanguageTagSet("AvailableLocales");
            Locale[] locales = new Locale[tags.size()];
            int i = 0;
            for (String tag : tags) {
                locales[i++] = Locale.forLanguageTag(tag);
            }
            AVAILABLE_LOCALES = locales;
        }
        return AVAILABLE_LOCALES;
    }
}
