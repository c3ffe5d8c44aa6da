package util;

import java.util.Locale;

/**
 * The default locales: the default one fixed when the runtime starts (a system property set in main changes
 * nothing; it is the very constant object for en_US), each category's found when first asked for (JDK 17 reads the
 * category's properties as they are then, JDK 25 as they were at startup), and all of them after setDefault(Locale).
 * Only locales with English number data format anything here (Kiln has java.base's locale data alone).
 */
public class LocaleDefaults {
    public static void main(String[] args) {
        System.out.println(String.format("%,d %.2f %s", 1234567, 3.14159, 1e10));
        System.setProperty("user.language", "fr");
        System.setProperty("user.country", "FR");
        System.setProperty("user.language.format", "de");
        System.setProperty("user.script.display", "Latn");
        System.setProperty("user.variant.display", "POSIX");
        System.setProperty("user.extensions.display", "u-nu-thai");
        System.out.println("default " + Locale.getDefault() + " same as US " + (Locale.getDefault() == Locale.US));
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        System.out.println("format " + format + " same as US " + (format == Locale.US) + " same again "
                + (Locale.getDefault(Locale.Category.FORMAT) == format));
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        System.out.println("display " + display + " tag " + display.toLanguageTag() + " nu " + display.getUnicodeLocaleType("nu"));
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        System.out.println(Locale.getDefault(Locale.Category.DISPLAY) + " " + Locale.getDefault(Locale.Category.FORMAT) + " "
                + Locale.getDefault() + " " + String.format("%,.2f", 1234567.891));
        Locale.setDefault(Locale.CANADA);
        System.out.println(Locale.getDefault(Locale.Category.DISPLAY) + " " + Locale.getDefault(Locale.Category.FORMAT) + " "
                + Locale.getDefault() + " " + (Locale.getDefault(Locale.Category.DISPLAY) == Locale.CANADA) + " "
                + String.format("%,.2f", -1234567.891));
        System.out.println(System.getProperty("user.language") + " " + System.getProperty("user.country"));
    }
}
