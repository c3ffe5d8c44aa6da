package dev.kiln.runtime.substitutions.java.text;

import dev.kiln.runtime.Substitute;

/**
 * Unicode normalization without the ICU data files the JDK reads from its resources, which Kiln does not
 * compile: text that every normalization form leaves unchanged is answered (below U+00C0 for NFC and NFD,
 * below U+00A0 for NFKC and NFKD, where no character decomposes or combines); anything else throws
 * {@code UnsupportedOperationException}. Regular expressions reach this with {@code CANON_EQ}.
 */
final class Normalizer {
    private Normalizer() {
    }

    @Substitute
    public static String normalize(CharSequence src, java.text.Normalizer.Form form) {
        String s = src.toString();
        check(s, form);
        return s;
    }

    @Substitute
    public static boolean isNormalized(CharSequence src, java.text.Normalizer.Form form) {
        check(src, form);
        return true;
    }

    private static void check(CharSequence s, java.text.Normalizer.Form form) {
        char limit = form == java.text.Normalizer.Form.NFC || form == java.text.Normalizer.Form.NFD ? '\u00C0' : '\u00A0';
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                throw new UnsupportedOperationException("Kiln has no Unicode normalization data: " + form
                        + " of U+" + Integer.toHexString(s.charAt(i) | 0x10000).substring(1).toUpperCase());
            }
        }
    }
}
