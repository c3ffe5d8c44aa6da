package lang;

/**
 * Character's numeric helpers: digit in radixes 2..36 (letters, fullwidth forms, other scripts' digits,
 * out-of-range radixes), forDigit, getNumericValue (Roman numerals, fractions as -2, letters as 10..35,
 * superscripts), isDigit against digit, and Integer.parseInt of non-ASCII digits.
 */
public class CharacterDigits {
    public static void main(String[] args) {
        int[] radixes = {1, 2, 8, 10, 16, 36, 37};
        int[] cps = {'0', '7', '9', 'a', 'F', 'z', 'Z', '/', ':', 0x660, 0x6f9, 0x966, 0xff11, 0xff41, 0xff3a, 0x1d7ce, 0xbd, 0x2160};
        for (int cp : cps) {
            StringBuilder sb = new StringBuilder(Integer.toHexString(cp));
            for (int r : radixes) {
                sb.append(" r").append(r).append('=').append(Character.digit(cp, r));
            }
            sb.append(" numeric=").append(Character.getNumericValue(cp)).append(" isDigit=").append(Character.isDigit(cp));
            System.out.println(sb);
        }
        StringBuilder fd = new StringBuilder("forDigit");
        for (int d = -1; d <= 37; d += 3) {
            fd.append(' ').append((int) Character.forDigit(d, 36));
        }
        fd.append(" | ").append((int) Character.forDigit(5, 4)).append(' ').append(Character.forDigit(11, 16))
                .append(' ').append((int) Character.forDigit(3, 40));
        System.out.println(fd);
        int[] numerics = {0x2155, 0x216b, 0x217f, 0x2180, 0xb2, 0xb9, 0x2070, 0x3405, 0x4e07, 0x1012f, 0x0f33, 0x2188};
        for (int cp : numerics) {
            System.out.println("numeric " + Integer.toHexString(cp) + " = " + Character.getNumericValue(cp) + " type " + Character.getType(cp));
        }
        System.out.println("parse arabic " + Integer.parseInt("\u0661\u0662\u0663") + " devanagari " + Integer.parseInt("\u0967\u0966")
                + " fullwidth " + Long.parseLong("\uff19\uff18") + " hex fullwidth " + Integer.parseInt("\uff46\uff46", 16));
        System.out.println("char digit " + Character.digit('b', 12) + " " + Character.digit('c', 12) + " " + Character.digit('\u0669', 10));
        System.out.println("MIN/MAX_RADIX " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
    }
}
