package dev.kiln.runtime.substitutions.sun.util.locale.provider;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import sun.util.locale.provider.FallbackLocaleProviderAdapter;
import sun.util.locale.provider.JRELocaleConstants;
import sun.util.locale.provider.JRELocaleProviderAdapter;
import sun.util.locale.provider.LocaleProviderAdapter.Type;

/**
 * Locale provider adapters made without reflection. The JDK instantiates the adapter of each type by
 * its class name; Kiln names the classes. The CLDR, JRE (COMPAT) and fallback adapters are the JDK's;
 * the host adapter needs natives and the SPI adapter {@code ServiceLoader}, so asking for them fails as
 * an adapter that cannot be instantiated does on the JDK. From JDK 21 on, the locales of a set of language
 * tags are collected with a stream; the substitute collects them with a loop.
 */
abstract class LocaleProviderAdapter {
    @Alias
    private static Map<Type, sun.util.locale.provider.LocaleProviderAdapter> adapterInstances;

    private LocaleProviderAdapter() {
    }

    @Substitute
    public static sun.util.locale.provider.LocaleProviderAdapter forType(Type type) {
        sun.util.locale.provider.LocaleProviderAdapter adapter = adapterInstances.get(type);
        if (adapter != null) {
            return adapter;
        }
        if (type == Type.CLDR) {
            adapter = new sun.util.cldr.CLDRLocaleProviderAdapter();
        } else if (type == Type.JRE) {
            adapter = new JRELocaleProviderAdapter();
        } else if (type == Type.FALLBACK) {
            adapter = new FallbackLocaleProviderAdapter();
        } else if (type == Type.SPI || type == Type.HOST) {
            throw new ServiceConfigurationError("Locale provider adapter \"" + type + "\"cannot be instantiated.",
                    new UnsupportedOperationException("Kiln has no " + type + " locale provider adapter"));
        } else {
            throw new InternalError("unknown locale data adapter type");
        }
        sun.util.locale.provider.LocaleProviderAdapter cached = adapterInstances.putIfAbsent(type, adapter);
        return cached != null ? cached : adapter;
    }

    /** The locales of {@code tags}, without duplicates, in the set's order; the legacy tags are the JDK's constants. */
    @Substitute(minJdk = 21)
    public static Locale[] toLocaleArray(Set<String> tags) {
        Set<Locale> locales = new LinkedHashSet<>();
        for (String tag : tags) {
            switch (tag) {
                case "ja-JP-JP":
                    locales.add(JRELocaleConstants.JA_JP_JP);
                    break;
                case "no-NO-NY":
                    locales.add(JRELocaleConstants.NO_NO_NY);
                    break;
                case "th-TH-TH":
                    locales.add(JRELocaleConstants.TH_TH_TH);
                    break;
                default:
                    locales.add(Locale.forLanguageTag(tag));
            }
        }
        return locales.toArray(new Locale[0]);
    }
}
