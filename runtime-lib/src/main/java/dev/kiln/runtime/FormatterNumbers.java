package dev.kiln.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The symbols {@code java.util.Formatter} localizes numbers with (its "Number Localization": the zero digit, the
 * decimal separator, the grouping separator and the grouping size; on JDK 25 the minus sign too), answered from
 * the CLDR number data of {@code java.base} without the locale providers. The JDK's {@code Formatter} ({@code Formatter}'s
 * substitutes, up to JDK 20 and from JDK 25) asks {@code DecimalFormatSymbols} and
 * {@code NumberFormat}, whose providers, bundle caches and language-tag parsing are about a third of a program
 * that formats (docs/CLASS-LIBRARY.md, "Locale data").
 *
 * <p>A Kiln program has the locale data of {@code java.base} alone: CLDR's root bundle, English and
 * {@code en_US_POSIX} ({@code sun.text.resources.cldr.FormatData*}). The answers are what those providers give
 * for such data (measured on {@code jlink --add-modules java.base} images of JDK 17 and 25): the bundles that apply to
 * a locale are {@code en_US_POSIX} when its language is {@code en}, its
 * country {@code US} and the first part of its variant {@code POSIX}, English for language {@code en}, then
 * the root; a key is looked up in that order. The number elements (separators and zero digit) are those of the
 * numbering system its {@code nu} extension names when the bundles have them ({@code arab.NumberElements}), else
 * those of the default numbering system ({@code DefaultNumberingSystem}, {@code latn}); the number pattern,
 * which decides the grouping, likewise ({@code <nu>.NumberPatterns}, else the default system's). On JDK 25 a
 * locale that is the root locale but for its extensions gets the JRE's root bundle instead, which has fewer
 * numbering systems ({@code und-u-nu-sinh}: {@code 0} on JDK 25, {@code ෦} on JDK 17). Conformance
 * {@code format/LocaleNumberSymbols} compares the answers with {@code DecimalFormatSymbols} and {@code NumberFormat}
 * for 195 locales: languages and regions, numbering systems, variants, scripts and extensions.
 *
 * <p>The bundles are not made: the frontend reads their number entries from their {@code getContents()} at compile
 * time ({@code kiln.number_symbols}, {@link GeneratedBody}), the class library's own data, a few hundred bytes where
 * the bundles' month names, eras and patterns were about 50 KB of a module.
 */
public final class FormatterNumbers {
    private static Map<String, Object> root;
    private static Map<String, Object> english;
    private static Map<String, Object> posix;
    private static Map<String, Object> jreRoot;

    private FormatterNumbers() {
    }

    /** {@code DecimalFormatSymbols.getInstance(l).getZeroDigit()} with {@code java.base}'s data. */
    public static char zeroDigit(Locale l, boolean rootFromJre) {
        return elements(l, rootFromJre)[4].charAt(0);
    }

    /** {@code DecimalFormatSymbols.getInstance(l).getDecimalSeparator()}. */
    public static char decimalSeparator(Locale l, boolean rootFromJre) {
        return elements(l, rootFromJre)[0].charAt(0);
    }

    /** {@code DecimalFormatSymbols.getInstance(l).getGroupingSeparator()}. */
    public static char groupingSeparator(Locale l, boolean rootFromJre) {
        return elements(l, rootFromJre)[1].charAt(0);
    }

    /**
     * {@code DecimalFormatSymbols.getInstance(l).getMinusSign()}: the first character of the minus sign's text that is
     * no format character (a bidirectional mark), {@code -} if there is none.
     */
    public static char minusSign(Locale l, boolean rootFromJre) {
        String text = elements(l, rootFromJre)[6];
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) != Character.FORMAT) return text.charAt(i);
        }
        return '-';
    }

    /**
     * The grouping size of {@code NumberFormat.getNumberInstance(l)}, 0 when it does not group: the number of
     * digits after the last grouping separator of the integer part of the locale's decimal pattern.
     */
    public static int groupingSize(Locale l, boolean rootFromJre) {
        String pattern = strings(l, rootFromJre, "NumberPatterns")[0];
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

    private static String[] elements(Locale l, boolean rootFromJre) {
        return strings(l, rootFromJre, "NumberElements");
    }

    /**
     * {@code <nu>.<kind>} if the bundles have it, else {@code <default numbering system>.<kind>}, else {@code <kind>}
     * (the JRE's bundle names no default system).
     */
    private static String[] strings(Locale l, boolean rootFromJre, String kind) {
        Map<String, Object>[] bundles = bundles(l, rootFromJre);
        String system = l.getUnicodeLocaleType("nu");
        if (system != null) {
            Object value = find(bundles, system + "." + kind);
            if (value != null) return (String[]) value;
        }
        Object defaultSystem = find(bundles, "DefaultNumberingSystem");
        if (defaultSystem != null && !defaultSystem.equals("")) {
            Object value = find(bundles, defaultSystem + "." + kind);
            if (value != null) return (String[]) value;
        }
        Object value = find(bundles, kind);
        if (value == null) throw new InternalError("no " + kind + " for " + l);
        return (String[]) value;
    }

    /** The value of the first bundle that has {@code key} (each bundle alone, without parents), else null. */
    private static Object find(Map<String, Object>[] bundles, String key) {
        for (Map<String, Object> bundle : bundles) {
            if (bundle != null && bundle.containsKey(key)) return bundle.get(key);
        }
        return null;
    }

    /**
     * The bundles that apply to {@code l}, most specific first; null for one that does not. With {@code rootFromJre},
     * a locale that is the root locale but for its extensions ({@code und-u-nu-sinh}) has the JRE's root data, as
     * JDK 25's providers serve it (JDK 17's serve CLDR's).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] bundles(Locale l, boolean rootFromJre) {
        if (rootFromJre && l.getLanguage().isEmpty() && l.getScript().isEmpty() && l.getCountry().isEmpty() && l.getVariant().isEmpty()) {
            if (jreRoot == null) {
                jreRoot = entries(jreRootEntries());
            }
            return new Map[] {jreRoot};
        }
        if (root == null) {
            root = entries(rootEntries());
        }
        boolean isEnglish = l.getLanguage().equals("en");
        if (isEnglish && english == null) {
            english = entries(englishEntries());
        }
        String variant = l.getVariant();
        int part = variant.indexOf('_');
        boolean isPosix = isEnglish && l.getCountry().equals("US") && (part < 0 ? variant : variant.substring(0, part)).equals("POSIX");
        if (isPosix && posix == null) {
            posix = entries(posixEntries());
        }
        return new Map[] {isPosix ? posix : null, isEnglish ? english : null, root};
    }

    /**
     * The entries {@code kiln.number_symbols} encodes, by key: each is its key, {@code \u0001}, then its string, or
     * {@code \u0002} and its strings each followed by {@code \u0002} for an array, or {@code \u0003} and a char 32 more
     * than the number of an earlier entry whose value it shares, then {@code \u0000}; a char beyond Latin-1 is
     * {@code \u0004}, its high byte and its low byte.
     */
    static Map<String, Object> entries(String latin1) {
        String encoded = widen(latin1);
        Map<String, Object> out = new HashMap<>();
        Object[] values = new Object[encoded.length()];
        int entry = 0;
        int at = 0;
        while (at < encoded.length()) {
            int keyEnd = encoded.indexOf('\u0001', at);
            String key = encoded.substring(at, keyEnd);
            Object value;
            int end;
            char first = keyEnd + 1 < encoded.length() ? encoded.charAt(keyEnd + 1) : '\u0000';
            if (first == '\u0003') {
                value = values[encoded.charAt(keyEnd + 2) - 0x20];
                end = keyEnd + 3;
            } else if (first == '\u0002') {
                end = encoded.indexOf('\u0000', keyEnd);
                int count = 0;
                for (int i = keyEnd + 2; i < end; i++) {
                    if (encoded.charAt(i) == '\u0002') count++;
                }
                String[] strings = new String[count];
                int from = keyEnd + 2;
                for (int k = 0; k < count; k++) {
                    int next = encoded.indexOf('\u0002', from);
                    strings[k] = encoded.substring(from, next);
                    from = next + 1;
                }
                value = strings;
            } else {
                end = encoded.indexOf('\u0000', keyEnd);
                value = encoded.substring(keyEnd + 1, end);
            }
            values[entry++] = value;
            out.put(key, value);
            at = end + 1;
        }
        return out;
    }

    /** {@code s} with each {@code \u0004}, high byte, low byte replaced by the char they make. */
    private static String widen(String s) {
        if (s.indexOf('\u0004') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0004') {
                out.append((char) (s.charAt(i + 1) << 8 | s.charAt(i + 2)));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The number entries of CLDR's root bundle. */
    @GeneratedBody("kiln.number_symbols:sun.text.resources.cldr.FormatData")
    private static native String rootEntries();

    /** The number entries of CLDR's English bundle. */
    @GeneratedBody("kiln.number_symbols:sun.text.resources.cldr.FormatData_en")
    private static native String englishEntries();

    /** The number entries of CLDR's {@code en_US_POSIX} bundle. */
    @GeneratedBody("kiln.number_symbols:sun.text.resources.cldr.FormatData_en_US_POSIX")
    private static native String posixEntries();

    /** The number entries of the JRE's root bundle. */
    @GeneratedBody("kiln.number_symbols:sun.text.resources.FormatData")
    private static native String jreRootEntries();
}
