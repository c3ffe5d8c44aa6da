package dev.kiln.runtime.substitutions.sun.util.resources;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.LocaleBundles;
import dev.kiln.runtime.Substitute;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jdk.internal.access.JavaUtilResourceBundleAccess;
import jdk.internal.access.SharedSecrets;

/**
 * The locale data bundles of {@code java.base}, made without reflection. The JDK finds a bundle class by
 * its name ({@code sun.text.resources.cldr.FormatData_en}) and instantiates it reflectively; Kiln names the
 * bundle classes it compiles and chains them as the JDK does: the candidate locales from most to least
 * specific, each bundle's parent the next one found, every bundle knowing its locale and base name.
 *
 * <p>The bundles are the number and date format data ({@code FormatData}) of the CLDR adapter for the root
 * locale, English and {@code en_US_POSIX}, and the JRE adapter's root data, which the fallback adapter serves for every other
 * locale, with its {@code java.time} supplement ({@code JavaTimeSupplementary}, found as the JDK finds it: for
 * exactly the locale asked, else null). Other bundles (locale and currency names, time zone names, calendar data) are missing, as a base
 * name without any bundle is on the JDK: {@code MissingResourceException}. Each bundle is a class whose
 * contents are code, so the list is what every program that formats numbers carries.
 */
final class LocaleData {
    /** The bundles made so far, by base name and locale: the JDK's bundle cache, without soft references. */
    private static Map<List<Object>, ResourceBundle> kilnBundles;

    private LocaleData() {
    }

    @Alias
    private sun.util.locale.provider.LocaleProviderAdapter.Type type;

    @Substitute(minJdk = 21)
    public static ResourceBundle getBundle(String baseName, Locale locale) {
        return kilnBundle(baseName, locale, new LocaleBundles.FormatData());
    }

    /**
     * Up to JDK 20 the JRE (COMPAT) adapter also has English format data in {@code java.base}
     * ({@code sun.text.resources.FormatData_en}, {@code _en_US}), to which {@code java.time}'s English supplement
     * attaches (below): the long era names, {@code Anno Domini}, come from there. Those classes are gone in
     * JDK 21, so they are made by a maker that only this substitute instantiates.
     */
    @Substitute(name = "getBundle", maxJdk = 20)
    public static ResourceBundle getBundleUpToJdk20(String baseName, Locale locale) {
        return kilnBundle(baseName, locale, new LocaleBundles.FormatDataUpToJdk20());
    }

    @Substitute
    public sun.util.resources.TimeZoneNamesBundle getTimeZoneNames(Locale locale) {
        return (sun.util.resources.TimeZoneNamesBundle) kilnBundle(type.getUtilResourcesPackage() + ".TimeZoneNames", locale,
                new LocaleBundles.TimeZoneNames());
    }

    @Substitute
    public ResourceBundle getCalendarData(Locale locale) {
        return kilnBundle(type.getUtilResourcesPackage() + ".CalendarData", locale, new LocaleBundles.CalendarData());
    }

    /** The bundle chain for {@code baseName} and {@code locale}, its bundles made by {@code maker}. */
    private static ResourceBundle kilnBundle(String baseName, Locale locale, LocaleBundles maker) {
        if (kilnBundles == null) {
            kilnBundles = new HashMap<>();
        }
        List<Object> key = List.of(baseName, locale);
        ResourceBundle cached = kilnBundles.get(key);
        if (cached != null) {
            return cached;
        }
        List<Locale> candidates = LocaleDataStrategy.INSTANCE.getCandidateLocales(baseName, locale);
        ResourceBundle result = null;
        JavaUtilResourceBundleAccess access = null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Locale candidate = candidates.get(i);
            String bundleName = LocaleDataStrategy.INSTANCE.toBundleName(baseName, candidate);
            // The JDK also tries the bundle of a language's other code (he/iw, id/in, yi/ji: Bundles.toOtherBundleName,
            // with a regular expression that would bring java.util.regex to every program that formats). The makers
            // have the data of the root locale and English only, so that name would never be found: a maker that
            // learns one of those six languages must try the other name too.
            ResourceBundle bundle = maker.newBundle(bundleName);
            if (bundle == null) {
                continue;
            }
            if (access == null) {
                access = SharedSecrets.getJavaUtilResourceBundleAccess();
            }
            if (result != null && access.getParent(bundle) == null) {
                access.setParent(bundle, result);
            }
            access.setLocale(bundle, candidate);
            access.setName(bundle, baseName);
            result = bundle;
        }
        if (result == null) {
            throw new MissingResourceException("Can't find bundle for base name " + baseName + ", locale " + locale,
                    baseName + "_" + locale, "");
        }
        kilnBundles.put(key, result);
        return result;
    }

    @Substitute(minJdk = 21)
    private static sun.util.resources.OpenListResourceBundle getSupplementary(String baseName, Locale locale) {
        String bundleName = LocaleDataStrategy.INSTANCE.toBundleName(baseName, locale);
        return supplementary(bundleName.equals("sun.text.resources.JavaTimeSupplementary")
                ? new sun.text.resources.JavaTimeSupplementary() : null, baseName, locale);
    }

    /** Up to JDK 20, {@code java.base} also has the English supplement ({@code JavaTimeSupplementary_en}). */
    @Substitute(name = "getSupplementary", maxJdk = 20)
    private static sun.util.resources.OpenListResourceBundle getSupplementaryUpToJdk20(String baseName, Locale locale) {
        String bundleName = LocaleDataStrategy.INSTANCE.toBundleName(baseName, locale);
        sun.util.resources.OpenListResourceBundle bundle = null;
        if (bundleName.equals("sun.text.resources.JavaTimeSupplementary")) {
            bundle = new sun.text.resources.JavaTimeSupplementary();
        } else if (bundleName.equals("sun.text.resources.JavaTimeSupplementary_en")) {
            bundle = new sun.text.resources.JavaTimeSupplementary_en();
        }
        return supplementary(bundle, baseName, locale);
    }

    /** {@code bundle} (which may be null) made known as the supplement of {@code baseName} for {@code locale}. */
    private static sun.util.resources.OpenListResourceBundle supplementary(sun.util.resources.OpenListResourceBundle bundle,
                                                                          String baseName, Locale locale) {
        if (bundle != null) {
            JavaUtilResourceBundleAccess access = SharedSecrets.getJavaUtilResourceBundleAccess();
            access.setLocale(bundle, locale);
            access.setName(bundle, baseName);
        }
        return bundle;
    }

    static final class LocaleDataStrategy {
        @Alias
        static LocaleDataStrategy INSTANCE;

        private LocaleDataStrategy() {
        }

        @Alias
        public native List<Locale> getCandidateLocales(String baseName, Locale locale);

        @Alias
        public native String toBundleName(String baseName, Locale locale);
    }
}
