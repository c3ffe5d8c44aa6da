package lang;

import java.util.Arrays;

/**
 * Surrogate and code point arithmetic of Character: isHighSurrogate/isLowSurrogate/isSurrogate/
 * isSurrogatePair, toCodePoint, highSurrogate/lowSurrogate, charCount, isBmpCodePoint/isValidCodePoint/
 * isSupplementaryCodePoint, toChars (both forms, invalid code point message), codePointAt/Before with
 * limits over char arrays and CharSequences, codePointCount and offsetByCodePoints with unpaired
 * surrogates, and their exceptions.
 */
public class CharacterCodePoints {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " -> " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        char[] cs = {'a', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000'};
        for (char c : cs) {
            System.out.println(Integer.toHexString(c) + " high=" + Character.isHighSurrogate(c) + " low=" + Character.isLowSurrogate(c)
                    + " sur=" + Character.isSurrogate(c));
        }
        System.out.println("pair " + Character.isSurrogatePair('\ud83d', '\ude00') + " " + Character.isSurrogatePair('\ude00', '\ud83d'));
        int[] cps = {0, 0x41, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1};
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " count=" + Character.charCount(cp) + " bmp=" + Character.isBmpCodePoint(cp)
                    + " valid=" + Character.isValidCodePoint(cp) + " supp=" + Character.isSupplementaryCodePoint(cp)
                    + " hi=" + Integer.toHexString(Character.highSurrogate(cp)) + " lo=" + Integer.toHexString(Character.lowSurrogate(cp)));
        }
        System.out.println("toCodePoint " + Integer.toHexString(Character.toCodePoint('\ud83d', '\ude00')));
        System.out.println("toChars " + Arrays.toString(toHex(Character.toChars(0x1f600))) + " " + Arrays.toString(toHex(Character.toChars(0x61))));
        char[] dst = new char[4];
        System.out.println("toChars into " + Character.toChars(0x10437, dst, 1) + " " + Arrays.toString(toHex(dst)));
        attempt("toChars invalid", () -> Character.toChars(0x110000));
        attempt("toChars negative", () -> Character.toChars(-5));
        attempt("toString invalid", () -> Character.toString(0x110000));
        System.out.println("toString cp " + Character.toString(0x1f600).length() + " " + Character.toString(98));
        String s = "a\ud83d\ude00b\ud800c\udc00";
        char[] arr = s.toCharArray();
        for (int i = 0; i < s.length(); i++) {
            System.out.println("at " + i + " " + Integer.toHexString(Character.codePointAt(s, i)) + " " + Integer.toHexString(Character.codePointAt(arr, i))
                    + " before " + (i > 0 ? Integer.toHexString(Character.codePointBefore(s, i)) : "-"));
        }
        System.out.println("limit " + Integer.toHexString(Character.codePointAt(arr, 1, 2)) + " before limit " + Integer.toHexString(Character.codePointBefore(arr, 3, 2)));
        System.out.println("count " + Character.codePointCount(s, 0, s.length()) + " " + Character.codePointCount(arr, 0, arr.length)
                + " " + s.codePointCount(1, 2) + " " + s.codePointCount(2, 7));
        for (int k = 0; k <= 5; k++) {
            System.out.println("offset " + k + " " + Character.offsetByCodePoints(s, 0, k) + " back " + s.offsetByCodePoints(s.length(), -k));
        }
        attempt("offset too far", () -> s.offsetByCodePoints(0, 9));
        attempt("codePointAt -1", () -> Character.codePointAt(s, -1));
        attempt("codePointAt arr 7", () -> Character.codePointAt(arr, 7));
        attempt("codePointBefore 0", () -> s.codePointBefore(0));
        attempt("codePointAt limit", () -> Character.codePointAt(arr, 2, 2));
        attempt("count range", () -> s.codePointCount(3, 2));
        String latin = "abc\u00e9";
        char[] latinChars = latin.toCharArray();
        attempt("latin charAt", () -> latin.charAt(4));
        attempt("latin codePointAt", () -> Character.codePointAt(latin, -1));
        attempt("latin codePointBefore", () -> Character.codePointBefore(latin, 0));
        attempt("utf16 codePointBefore", () -> Character.codePointBefore(s, 8));
        attempt("builder codePointAt", () -> Character.codePointAt(new StringBuilder(latin), 4));
        attempt("arr codePointBefore 0", () -> Character.codePointBefore(latinChars, 0));
        attempt("arr codePointBefore 5", () -> Character.codePointBefore(latinChars, 5));
        attempt("arr codePointAt -1", () -> Character.codePointAt(latinChars, -1));
        attempt("arr codePointBefore start", () -> Character.codePointBefore(latinChars, 2, 2));
        attempt("arr count range", () -> Character.codePointCount(latinChars, 2, 9));
        attempt("seq count range", () -> Character.codePointCount(latin, 3, 2));
        attempt("seq count end", () -> Character.codePointCount(new StringBuilder(latin), 0, 5));
        attempt("arr offsetBy range", () -> Character.offsetByCodePoints(latinChars, 0, 4, 2, 9));
        attempt("toChars dst", () -> Character.toChars(0x10000, latinChars, 3));
        System.out.println("constants " + Integer.toHexString(Character.MIN_SUPPLEMENTARY_CODE_POINT) + " " + Integer.toHexString(Character.MAX_CODE_POINT)
                + " " + Integer.toHexString(Character.MIN_HIGH_SURROGATE) + " " + Integer.toHexString(Character.MAX_LOW_SURROGATE));
    }

    static String[] toHex(char[] cs) {
        String[] out = new String[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = Integer.toHexString(cs[i]);
        }
        return out;
    }
}
