package format;


import java.util.Locale;

/**
 * The locales Kiln has data for: the default (en_US), Locale.US, Locale.ENGLISH and Locale.ROOT, and no
 * locale at all (null, no localization): grouping, decimal separators, zero digits, upper case.
 */
public class LocaleFormatting {
    static void f(Locale l, String format, Object... args) {
        try {
            System.out.println(l + " " + format + " -> [" + String.format(l, format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(l + " " + format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("default " + Locale.getDefault() + " language=" + Locale.getDefault().getLanguage()
                + " country=" + Locale.getDefault().getCountry());
        System.out.println("format " + Locale.getDefault(Locale.Category.FORMAT) + " display "
                + Locale.getDefault(Locale.Category.DISPLAY));
        System.out.println(Locale.US + " " + Locale.ENGLISH + " [" + Locale.ROOT + "] " + Locale.US.toLanguageTag()
                + " " + Locale.ROOT.toLanguageTag() + " " + Locale.forLanguageTag("en-US").equals(Locale.US));
        Locale[] locales = {Locale.US, Locale.ENGLISH, Locale.ROOT, null, Locale.getDefault(), new Locale("en", "US")};
        for (Locale l : locales) {
            f(l, "%,d", 1234567890);
            f(l, "%,d", -987654321L);
            f(l, "%,.2f", 1234567.891);
            f(l, "%,015.3f", -12345.6789);
            f(l, "%.3e", 123456.789);
            f(l, "%g", 0.000123);
            f(l, "%(,d", -1000);
            f(l, "%S %S", "straße", "title");
            f(l, "%X %e", 255, 1e100);
            f(l, "%,10d|%-,10d|", 12345, 12345);
            f(l, "%,d", new java.math.BigInteger("123456789012345678901234567890"));
            f(l, "%,.4f", new java.math.BigDecimal("9876543.21098765"));
            f(l, "%s %b %c", "text", true, 'x');
        }
        System.out.println(String.format("%,d", 1234567));
        System.out.println(String.format(Locale.ROOT, "%,.1f", 0.05));
        System.out.println("TITLE".toLowerCase(Locale.ROOT) + " " + "title".toUpperCase(Locale.US) + " "
                + "ıI".toUpperCase(Locale.ROOT) + " " + "İi".toLowerCase(Locale.ROOT).length());
        System.out.println("TITLE".toLowerCase(new Locale("tr")) + " " + "title".toUpperCase(new Locale("tr")) + " "
                + "I\u0307x".toLowerCase(new Locale("az")) + " " + "İ".toLowerCase(new Locale("tr")));
    }
}
