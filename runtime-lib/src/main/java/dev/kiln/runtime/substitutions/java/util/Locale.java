package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.SystemProperties;
import java.util.Optional;
import sun.util.locale.LocaleExtensions;

/**
 * {@code Locale} without display names, and with its defaults taken as the JVM takes them.
 *
 * <p>Display names: the JDK finds them in the {@code LocaleNames} bundles, thousands of names per language, which
 * Kiln does not compile (docs/CLASS-LIBRARY.md), so asking for one throws {@code UnsupportedOperationException}. From
 * JDK 21 on {@code DecimalFormat.toString()} asks for one.
 *
 * <p>Defaults: the JVM initialises {@code Locale} while it starts, so the default locale comes from the properties it
 * was started with ({@code user.language}, {@code user.country} and the like): a {@code System.setProperty} in
 * {@code main} does not change it. Kiln's startup properties are fixed ({@code java.lang.System}: English, United
 * States, no script, variant, extensions or per-category properties), so the default is {@code Locale.US}, the very
 * object the JVM's own lookup returns for {@code en_US}. The JDK's code instead asks for a {@code Properties} object of
 * all system properties (a {@code ConcurrentHashMap}), in every program that formats a number, and would see
 * properties the program set before it first used {@code Locale}.
 *
 * <p>A category's default is found the first time it is asked for (unless {@code setDefault} set it). JDK 17 reads
 * the category's properties ({@code user.language.format} and so on, each defaulting to the default locale's field) as
 * they are at that moment, which the substitution does through {@code System.getProperty}, once the program has set
 * any property (before that there are none for a category, and it gets the default locale itself, without the
 * extension parser that a category's {@code user.extensions} property would need); JDK 25 reads them as they
 * were at startup, where Kiln has none, so it gets the default locale's own fields: {@code Locale.US} again, since
 * {@code setDefault(Locale)}, the only way to change the default, sets every category's default as well. JDK 18 to
 * 24 run the JDK's code. Conformance {@code util/LocaleDefaults} holds both.
 */
final class Locale {
    @Alias
    private static volatile java.util.Locale defaultLocale;

    private Locale() {
    }

    @Alias
    static native java.util.Locale getInstance(String language, String script, String country, String variant,
            LocaleExtensions extensions);

    @Alias
    private static native Optional<LocaleExtensions> getDefaultExtensions(String extensionsProp);

    @Alias
    native LocaleExtensions getLocaleExtensions();

    @Substitute
    public String getDisplayName(java.util.Locale inLocale) {
        throw new UnsupportedOperationException("Kiln has no locale display names");
    }

    @Substitute
    private static java.util.Locale initDefault() {
        return java.util.Locale.US;
    }

    @Substitute(minJdk = 25)
    private static java.util.Locale initDefault(java.util.Locale.Category category) {
        return java.util.Locale.US;
    }

    @Substitute(name = "initDefault", maxJdk = 17)
    private static java.util.Locale initCategoryDefaultNow(java.util.Locale.Category category) {
        java.util.Locale base = defaultLocale;
        if (SystemProperties.object == null) {
            // No property set since startup, so none for the category: the default's fields, the default itself.
            return base;
        }
        boolean display = category == java.util.Locale.Category.DISPLAY;
        String extensions = System.getProperty(display ? "user.extensions.display" : "user.extensions.format");
        return getInstance(
                System.getProperty(display ? "user.language.display" : "user.language.format", base.getLanguage()),
                System.getProperty(display ? "user.script.display" : "user.script.format", base.getScript()),
                System.getProperty(display ? "user.country.display" : "user.country.format", base.getCountry()),
                System.getProperty(display ? "user.variant.display" : "user.variant.format", base.getVariant()),
                extensions != null ? getDefaultExtensions(extensions).orElse(null) : ((Locale) (Object) base).getLocaleExtensions());
    }
}
