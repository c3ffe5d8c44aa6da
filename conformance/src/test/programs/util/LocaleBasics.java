package util;

import java.util.Locale;

/**
 * Locale values without display names: constants and their fields, language tags both ways, the builder and
 * its errors, case-insensitive normalisation, equality, and the default locale of the conformance runs.
 */
public class LocaleBasics {
    public static void main(String[] args) {
        for (Locale l : new Locale[] {Locale.US, Locale.UK, Locale.ENGLISH, Locale.ROOT, Locale.GERMANY, Locale.CANADA_FRENCH,
                Locale.SIMPLIFIED_CHINESE, Locale.JAPAN}) {
            System.out.println("[" + l + "] language " + l.getLanguage() + " country " + l.getCountry() + " variant '" + l.getVariant()
                    + "' tag " + l.toLanguageTag() + " iso3 " + iso3(l));
        }
        Locale parsed = Locale.forLanguageTag("sr-Latn-RS-u-nu-latn-x-private");
        System.out.println(parsed + " script " + parsed.getScript() + " ext u " + parsed.getExtension('u') + " x " + parsed.getExtension('x')
                + " keys " + parsed.getUnicodeLocaleKeys() + " nu " + parsed.getUnicodeLocaleType("nu") + " tag " + parsed.toLanguageTag());
        System.out.println("stripped " + parsed.stripExtensions() + " hasExtensions " + parsed.hasExtensions());
        System.out.println(new Locale("EN", "us") + " " + new Locale("iw").getLanguage() + " " + new Locale("en", "US", "POSIX").toLanguageTag()
                + " " + Locale.forLanguageTag("und").equals(Locale.ROOT) + " " + Locale.forLanguageTag("en_US") + "|");
        Locale built = new Locale.Builder().setLanguage("de").setRegion("CH").setVariant("1901").addUnicodeLocaleAttribute("foo")
                .setUnicodeLocaleKeyword("co", "phonebk").build();
        System.out.println("built " + built + " tag " + built.toLanguageTag());
        try {
            new Locale.Builder().setLanguage("12345678901");
        } catch (java.util.IllformedLocaleException e) {
            System.out.println("IllformedLocaleException " + e.getMessage() + " at " + e.getErrorIndex());
        }
        try {
            new Locale.Builder().setRegion("U$");
        } catch (java.util.IllformedLocaleException e) {
            System.out.println("IllformedLocaleException " + e.getMessage() + " at " + e.getErrorIndex());
        }
        System.out.println("equals " + new Locale("en", "US").equals(Locale.US) + " hash " + (new Locale("en", "US").hashCode() == Locale.US.hashCode())
                + " same instance " + (Locale.forLanguageTag("en-US") == Locale.US));
        System.out.println("default " + Locale.getDefault() + " format " + Locale.getDefault(Locale.Category.FORMAT));
        Locale.setDefault(Locale.UK);
        System.out.println("after setDefault " + Locale.getDefault() + " " + String.format("%.2f", 1234.5));
        System.out.println("upper " + "title".toUpperCase(Locale.ENGLISH) + " lower " + "TITLE".toLowerCase(Locale.ROOT)
                + " turkish dotless " + "TITLE".toLowerCase(new Locale("tr")).equals("tıtle"));
    }

    private static String iso3(Locale l) {
        try {
            return l.getISO3Language() + "/" + l.getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return "missing " + e.getKey();
        }
    }
}
