package dev.kiln.runtime;

import java.util.ResourceBundle;

/**
 * Makes the locale data bundles of {@code java.base} by class name, for {@code LocaleData}'s substitute
 * (docs/CLASS-LIBRARY.md, "Locale data"). One subclass per kind of data, instantiated only where that kind
 * is asked for, so a program carries only the bundle classes of the kinds it uses: a bundle's contents are
 * code, and the time-zone names alone are about 80 KB of class files.
 */
public abstract class LocaleBundles {
    LocaleBundles() {
    }

    /** A new bundle of the class named {@code bundleName}, or null if Kiln makes none of that name. */
    public abstract ResourceBundle newBundle(String bundleName);

    /**
     * The time-zone names: CLDR's for the root locale and English, and the JRE adapter's root names, from
     * which CLDR's provider takes the abbreviations ({@code CET}). JDK 17's empty
     * {@code sun.util.resources.TimeZoneNames_en} is not made (JDK 25 has none): its parent, the root
     * bundle, holds the same names.
     */
    public static final class TimeZoneNames extends LocaleBundles {
        @Override
        public ResourceBundle newBundle(String bundleName) {
            switch (bundleName) {
                case "sun.util.resources.cldr.TimeZoneNames":
                    return new sun.util.resources.cldr.TimeZoneNames();
                case "sun.util.resources.cldr.TimeZoneNames_en":
                    return new sun.util.resources.cldr.TimeZoneNames_en();
                case "sun.util.resources.TimeZoneNames":
                    return new sun.util.resources.TimeZoneNames();
                default:
                    return null;
            }
        }
    }

    /**
     * The calendar data (first day of the week, minimal days in the first week): CLDR's and the JRE
     * adapter's root data. JDK 17's {@code sun.util.resources.CalendarData_en} is not made (JDK 25 has
     * none): it holds the root bundle's values.
     */
    public static final class CalendarData extends LocaleBundles {
        @Override
        public ResourceBundle newBundle(String bundleName) {
            switch (bundleName) {
                case "sun.util.resources.cldr.CalendarData":
                    return new sun.util.resources.cldr.CalendarData();
                case "sun.util.resources.CalendarData":
                    return new sun.util.resources.CalendarData();
                default:
                    return null;
            }
        }
    }

    /**
     * The number and date format data of every version: CLDR's for the root locale, English and
     * {@code en_US_POSIX}, and the JRE adapter's root data, which the fallback adapter serves for every other locale.
     */
    public static class FormatData extends LocaleBundles {
        @Override
        public ResourceBundle newBundle(String bundleName) {
            switch (bundleName) {
                case "sun.text.resources.cldr.FormatData":
                    return new sun.text.resources.cldr.FormatData();
                case "sun.text.resources.cldr.FormatData_en":
                    return new sun.text.resources.cldr.FormatData_en();
                case "sun.text.resources.cldr.FormatData_en_US_POSIX":
                    return new sun.text.resources.cldr.FormatData_en_US_POSIX();
                case "sun.text.resources.FormatData":
                    return new sun.text.resources.FormatData();
                default:
                    return null;
            }
        }
    }

    /**
     * The format data up to JDK 20 (only {@code LocaleData.getBundle}'s substitute for those versions makes
     * one): those of every version, and the JRE adapter's English data, which JDK 21 no longer has.
     */
    public static final class FormatDataUpToJdk20 extends FormatData {
        @Override
        public ResourceBundle newBundle(String bundleName) {
            switch (bundleName) {
                case "sun.text.resources.FormatData_en":
                    return new sun.text.resources.FormatData_en();
                case "sun.text.resources.FormatData_en_US":
                    return new sun.text.resources.FormatData_en_US();
                default:
                    return super.newBundle(bundleName);
            }
        }
    }
}
