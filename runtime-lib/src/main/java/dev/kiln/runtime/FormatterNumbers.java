package dev.kiln.runtime;

import java.util.ListResourceBundle;
import java.util.Locale;

/**
 * The symbols {@code java.util.Formatter} localizes numbers with (its "Number Localization": the zero digit, the
 * decimal separator, the grouping separator and the grouping size) for a locale other than {@code Locale.US},
 * answered from the CLDR number data of {@code java.base} without the locale providers. The JDK's
 * {@code Formatter} (up to JDK 20; {@code Formatter}'s substitutes) asks {@code DecimalFormatSymbols} and
 * {@code NumberFormat}, whose providers, bundle caches and language-tag parsing are about a third of a program
 * that formats (docs/CLASS-LIBRARY.md, "Locale data").
 *
 * <p>A Kiln program has the locale data of {@code java.base} alone: CLDR's root bundle, English and
 * {@code en_US_POSIX} ({@code sun.text.resources.cldr.FormatData*}). The answers are what those providers give
 * for such data: the bundles that apply to a locale are {@code en_US_POSIX} when its language is {@code en}, its
 * country {@code US} and the first part of its variant {@code POSIX}, English for language {@code en}, then
 * the root; a key is looked up in that order. The number elements (separators and zero digit) are those of the
 * numbering system its {@code nu} extension names when the bundles have them ({@code arab.NumberElements}), else
 * those of the default numbering system ({@code DefaultNumberingSystem}, {@code latn}); the number pattern,
 * which decides the grouping, likewise ({@code <nu>.NumberPatterns}, else the default system's). Conformance
 * {@code format/LocaleNumberSymbols} compares the answers with {@code DecimalFormatSymbols} and {@code NumberFormat}
 * for every locale of the reference JVM, with numbering systems, variants and scripts.
 */
public final class FormatterNumbers {
    private static ListResourceBundle root;
    private static ListResourceBundle english;
    private static ListResourceBundle posix;

    private FormatterNumbers() {
    }

    /** {@code DecimalFormatSymbols.getInstance(l).getZeroDigit()} with {@code java.base}'s data. */
    public static char zeroDigit(Locale l) {
        return elements(l)[4].charAt(0);
    }

    /** {@code DecimalFormatSymbols.getInstance(l).getDecimalSeparator()}. */
    public static char decimalSeparator(Locale l) {
        return elements(l)[0].charAt(0);
    }

    /** {@code DecimalFormatSymbols.getInstance(l).getGroupingSeparator()}. */
    public static char groupingSeparator(Locale l) {
        return elements(l)[1].charAt(0);
    }

    /**
     * The grouping size of {@code NumberFormat.getNumberInstance(l)}, 0 when it does not group: the number of
     * digits after the last grouping separator of the integer part of the locale's decimal pattern.
     */
    public static int groupingSize(Locale l) {
        String pattern = strings(l, "NumberPatterns")[0];
        int end = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '.' || c == ';' || c == 'E') {
                end = i;
                break;
            }
            if (c != '#' && c != '0' && c != ',') {
                throw new InternalError("unexpected number pattern for " + l + ": " + pattern);
            }
        }
        int comma = pattern.lastIndexOf(',', end - 1);
        return comma < 0 ? 0 : end - comma - 1;
    }

    private static String[] elements(Locale l) {
        return strings(l, "NumberElements");
    }

    /** {@code <nu>.<kind>} if the bundles have it, else {@code <default numbering system>.<kind>}. */
    private static String[] strings(Locale l, String kind) {
        ListResourceBundle[] bundles = bundles(l);
        String system = l.getUnicodeLocaleType("nu");
        if (system != null) {
            Object value = find(bundles, system + "." + kind);
            if (value != null) return (String[]) value;
        }
        Object defaultSystem = find(bundles, "DefaultNumberingSystem");
        Object value = find(bundles, (defaultSystem != null ? defaultSystem : "latn") + "." + kind);
        if (value == null) throw new InternalError("no " + kind + " for " + l);
        return (String[]) value;
    }

    /** The value of the first bundle that has {@code key} (each bundle alone, without parents), else null. */
    private static Object find(ListResourceBundle[] bundles, String key) {
        for (ListResourceBundle bundle : bundles) {
            if (bundle != null && bundle.containsKey(key)) return bundle.getObject(key);
        }
        return null;
    }

    /** The bundles that apply to {@code l}, most specific first; null for one that does not. */
    private static ListResourceBundle[] bundles(Locale l) {
        if (root == null) {
            root = new sun.text.resources.cldr.FormatData();
        }
        boolean isEnglish = l.getLanguage().equals("en");
        if (isEnglish && english == null) {
            english = new sun.text.resources.cldr.FormatData_en();
        }
        String variant = l.getVariant();
        int part = variant.indexOf('_');
        boolean isPosix = isEnglish && l.getCountry().equals("US") && (part < 0 ? variant : variant.substring(0, part)).equals("POSIX");
        if (isPosix && posix == null) {
            posix = new sun.text.resources.cldr.FormatData_en_US_POSIX();
        }
        return new ListResourceBundle[] {isPosix ? posix : null, isEnglish ? english : null, root};
    }
}
