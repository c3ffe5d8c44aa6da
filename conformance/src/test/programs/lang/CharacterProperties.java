package lang;

/**
 * Character's Unicode properties over a fixed list of code points from many blocks (ASCII, Latin-1,
 * Greek, Cyrillic, CJK, Arabic, Devanagari, symbols, marks, controls, format chars, surrogates,
 * supplementary letters and digits, private use, unassigned): getType, isLetter/isDigit/isLetterOrDigit,
 * isAlphabetic, isWhitespace/isSpaceChar, isJavaIdentifierStart/Part, isUnicodeIdentifierStart/Part,
 * isIdentifierIgnorable, isISOControl, isDefined, isIdeographic, isMirrored and getDirectionality.
 * Only code points assigned by Unicode 13.0 (Java SE 17) whose properties Unicode 16.0 (JDK 25) kept are
 * listed: Kiln answers from Unicode 13.0 tables whatever the class library (docs/runtime-lib.md).
 */
public class CharacterProperties {
    public static void main(String[] args) {
        int[] cps = {
            0x0, 0x9, 0xa, 0x1c, 0x20, 0x24, 0x30, 0x41, 0x5f, 0x61, 0x7f, 0x85, 0xa0, 0xaa, 0xb2, 0xb5, 0xbc, 0xc0, 0xd7, 0xdf,
            0x1c5, 0x2b0, 0x300, 0x37e, 0x391, 0x3c9, 0x410, 0x5d0, 0x627, 0x660, 0x6f0, 0x900, 0x915, 0x966, 0xe01, 0x1680,
            0x200b, 0x200d, 0x2028, 0x2029, 0x202f, 0x2044, 0x20ac, 0x2160, 0x2190, 0x2211, 0x2460, 0x3000, 0x3007, 0x3041,
            0x4e00, 0x9fa5, 0xac00, 0xd800, 0xdc00, 0xe000, 0xfeff, 0xff10, 0xff21, 0xfffd, 0xffff, 0x10000, 0x10400,
            0x1d7ce, 0x1f600, 0x20000, 0xe0001, 0xf0000, 0x10ffff, 0x378, 0x0edf
        };
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " type=" + Character.getType(cp) + " letter=" + b(Character.isLetter(cp))
                    + " digit=" + b(Character.isDigit(cp)) + " lod=" + b(Character.isLetterOrDigit(cp)) + " alpha=" + b(Character.isAlphabetic(cp))
                    + " ws=" + b(Character.isWhitespace(cp)) + " space=" + b(Character.isSpaceChar(cp))
                    + " jstart=" + b(Character.isJavaIdentifierStart(cp)) + " jpart=" + b(Character.isJavaIdentifierPart(cp))
                    + " ustart=" + b(Character.isUnicodeIdentifierStart(cp)) + " upart=" + b(Character.isUnicodeIdentifierPart(cp))
                    + " ign=" + b(Character.isIdentifierIgnorable(cp)) + " ctl=" + b(Character.isISOControl(cp))
                    + " def=" + b(Character.isDefined(cp)) + " ideo=" + b(Character.isIdeographic(cp))
                    + " mirror=" + b(Character.isMirrored(cp)) + " dir=" + Character.getDirectionality(cp));
        }
        char[] cs = {'a', '$', '_', '1', ' ', '\u00e9', '\u2003', '\u00ad'};
        for (char c : cs) {
            System.out.println("char " + (int) c + " " + Character.getType(c) + " " + Character.isLetter(c) + " " + Character.isJavaIdentifierStart(c)
                    + " " + Character.isJavaIdentifierPart(c) + " " + Character.isWhitespace(c) + " " + Character.isSpaceChar(c));
        }
        System.out.println("constants " + Character.UPPERCASE_LETTER + " " + Character.DECIMAL_DIGIT_NUMBER + " " + Character.SURROGATE
                + " " + Character.UNASSIGNED + " " + Character.MATH_SYMBOL + " " + Character.FINAL_QUOTE_PUNCTUATION);
        int letters = 0;
        int digits = 0;
        int spaces = 0;
        for (int cp = 0; cp < 0x800; cp++) {
            if (Character.isLetter(cp)) {
                letters++;
            }
            if (Character.isDigit(cp)) {
                digits++;
            }
            if (Character.isWhitespace(cp)) {
                spaces++;
            }
        }
        System.out.println("below 800: letters " + letters + " digits " + digits + " whitespace " + spaces);
    }

    static String b(boolean v) {
        return v ? "1" : "0";
    }
}
