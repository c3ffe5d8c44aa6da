package format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;

/**
 * String.format in many locales against the same runtime's DecimalFormatSymbols and NumberFormat: for each
 * locale, the text the Formatter specification's "Number Localization" gives with that locale's zero digit,
 * separators and grouping size must be what the Formatter prints. Only agreement is printed, so the locale data of
 * the runtime (a JVM has every locale's, a Kiln module java.base's) does not matter; numbering systems
 * ({@code -u-nu-}), variants (POSIX), scripts and extensions included, and the root locale with a numbering system
 * (JDK 25 serves it the JRE's data, JDK 17 CLDR's).
 */
public class LocaleNumberSymbols {
    static final String[] SYSTEMS = {"latn", "arab", "arabext", "deva", "thai", "fullwide", "beng", "tamldec", "mymrtlng", "sinh",
        "ahom", "hanidec", "bali", "nkoo", "mong", "xxxx", "native", "roman"};

    public static void main(String[] args) {
        List<Locale> locales = new ArrayList<>();
        for (String tag : new String[] {"", "en", "en-US", "en-GB", "en-IN", "en-CA", "en-001", "en-150", "fr", "fr-FR", "fr-CA",
                "de", "de-CH", "de-AT", "it", "es", "es-419", "pt-BR", "pt-PT", "nl", "sv", "fi", "da", "nb", "no", "ru", "uk", "pl", "cs",
                "tr", "el", "he", "iw", "ar", "ar-EG", "ar-SA", "fa", "fa-IR", "ur", "hi", "hi-IN", "bn", "ta", "th", "th-TH", "ja",
                "ja-JP", "ko", "zh", "zh-CN", "zh-TW", "zh-Hans-CN", "zh-Hant-HK", "sr-Latn", "sr-Cyrl", "az-Latn", "uz-Arab",
                "en-US-POSIX", "en-Latn-US-POSIX", "en-US-POSIX-x-foo", "en-US-x-lvariant-POSIX", "en-US-posix", "en-POSIX",
                "en-GB-POSIX", "und-US-POSIX", "und-US-u-nu-mymrtlng", "und-Latn-u-nu-sinh", "xx-u-nu-sinh", "en-US-u-rg-gbzzzz", "en-US-u-ca-japanese", "de-u-co-phonebk", "xx-YY", "und"}) {
            locales.add(Locale.forLanguageTag(tag));
        }
        for (String system : SYSTEMS) {
            for (String base : new String[] {"und", "en", "en-US", "en-US-POSIX", "fr", "ar"}) {
                locales.add(Locale.forLanguageTag(base + "-u-nu-" + system));
            }
        }
        locales.add(new Locale("th", "TH", "TH"));
        locales.add(new Locale("ja", "JP", "JP"));
        locales.add(new Locale("no", "NO", "NY"));
        locales.add(new Locale("en", "US", "POSIX"));
        locales.add(new Locale("en", "US", "POSIX_EXTRA"));
        locales.add(new Locale("en", "", "POSIX"));
        locales.add(new Locale.Builder().setUnicodeLocaleKeyword("nu", "mymrtlng").build());
        locales.add(Locale.ROOT);
        locales.add(Locale.FRANCE);
        locales.add(Locale.GERMANY);
        locales.add(Locale.JAPAN);
        locales.add(Locale.CHINA);
        locales.add(Locale.UK);
        locales.add(Locale.CANADA_FRENCH);
        int agree = 0;
        for (Locale l : locales) {
            String problems = check(l);
            if (problems.isEmpty()) {
                agree++;
            } else {
                System.out.println(l.toLanguageTag() + ": " + problems);
            }
        }
        System.out.println(agree + " of " + locales.size() + " locales agree");
        // Without a locale, and for Locale.US: no localization data at all.
        System.out.println(String.format((Locale) null, "%,d %,.2f %08.2f %.3e", 1234567, 1234567.891, -3.14159, 12345.678));
        System.out.println(String.format(Locale.US, "%,d %,.2f %08.2f %.3e", 1234567, 1234567.891, -3.14159, 12345.678));
    }

    /** Where String.format differs from the spec's localization with this runtime's symbols for {@code l}. */
    static String check(Locale l) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(l);
        NumberFormat numbers = NumberFormat.getNumberInstance(l);
        int size = numbers instanceof DecimalFormat d && numbers.isGroupingUsed() ? d.getGroupingSize() : 0;
        StringBuilder problems = new StringBuilder();
        same(problems, "%,d", String.format(l, "%,d", 1234567), localize("1234567", symbols, size));
        same(problems, "%,d negative", String.format(l, "%(,d", -7654321), "(" + localize("7654321", symbols, size) + ")");
        same(problems, "%d", String.format(l, "%d", 9876543210L), localize("9876543210", symbols, 0));
        same(problems, "%,.2f", String.format(l, "%,.2f", 1234567.891), localize("1234567.89", symbols, size));
        // The sign is the Formatter's own (JDK 17 writes '-', later versions the locale's minus sign); after it, zeros.
        String one = String.format(l, "%d", -1);
        String minus = one.substring(0, one.length() - 1);
        same(problems, "%08.2f", String.format(l, "%08.2f", -3.14159), minus + localize("0003.14", symbols, 0).substring(minus.length() - 1));
        same(problems, "%.3e", String.format(l, "%.3e", 12345.678), localize("1.235", symbols, 0) + "e+" + localize("04", symbols, 0));
        same(problems, "%,010d", String.format(l, "%,010d", 12345), pad(localize("12345", symbols, size), 10, symbols));
        String own = new Formatter(new StringBuilder(), l).format("%05d|%s", 42, "x").toString();
        same(problems, "formatter's own locale", own, localize("00042", symbols, 0) + "|x");
        return problems.toString();
    }

    static void same(StringBuilder problems, String what, String actual, String expected) {
        if (!actual.equals(expected)) problems.append(what).append(" [").append(actual).append("] expected [").append(expected).append("] ");
    }

    /** The digits relative to the zero digit, the decimal separator, and a grouping separator every {@code size} digits. */
    static String localize(String plain, DecimalFormatSymbols symbols, int size) {
        int dot = plain.indexOf('.');
        int integerDigits = dot < 0 ? plain.length() : dot;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '.') {
                b.append(symbols.getDecimalSeparator());
                continue;
            }
            b.append((char) (c - '0' + symbols.getZeroDigit()));
            int left = integerDigits - i - 1;
            if (size > 0 && i < integerDigits && left > 0 && left % size == 0) b.append(symbols.getGroupingSeparator());
        }
        return b.toString();
    }

    static String pad(String text, int width, DecimalFormatSymbols symbols) {
        return String.valueOf(symbols.getZeroDigit()).repeat(Math.max(0, width - text.length())) + text;
    }
}
