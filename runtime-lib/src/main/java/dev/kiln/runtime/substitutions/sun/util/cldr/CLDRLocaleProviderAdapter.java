package dev.kiln.runtime.substitutions.sun.util.cldr;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import sun.util.locale.provider.JRELocaleProviderAdapter;
import sun.util.locale.provider.LocaleDataMetaInfo;

/**
 * The CLDR adapter of a runtime image with {@code java.base} only: the JDK looks for the locale data of
 * {@code jdk.localedata} with {@code ServiceLoader}; Kiln compiles no other module's data, so there is none,
 * and the adapter serves the locales {@code java.base} has (the root locale and English).
 */
class CLDRLocaleProviderAdapter extends JRELocaleProviderAdapter {
    @Alias
    private LocaleDataMetaInfo nonBaseMetaInfo;

    @Substitute
    CLDRLocaleProviderAdapter() {
        super();
        nonBaseMetaInfo = null;
    }
}
