package strings;

/**
 * Walking strings by code point: codePointAt/codePointBefore/codePointCount/offsetByCodePoints over
 * supplementary characters and lone surrogates, indexOf/lastIndexOf(int codePoint) with supplementary
 * code points, lone halves and invalid code points, String(int[], int, int) and Character.toChars,
 * charAt/substring splitting pairs, and the exceptions of the out-of-range calls.
 */
public class CodePointNavigation {
    static int i(int v) { return v; }

    static String hex(String s) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < s.length(); k++) out.append(k == 0 ? "" : " ").append(Integer.toHexString(s.charAt(k)));
        return "[" + out + "]";
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": IAE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String s = new String(new int[] {0x61, 0x1F600, 0xD83D, 0x62, 0xDE00, 0x10400, 0x10FFFF, 0x3B1, 0x10000}, i(0), i(9));
        System.out.println("s " + hex(s) + " length " + s.length() + " count " + s.codePointCount(0, s.length()));
        for (int k = 0; k <= s.length(); k++) {
            String at = k < s.length() ? Integer.toHexString(s.codePointAt(k)) : "-";
            String before = k > 0 ? Integer.toHexString(s.codePointBefore(k)) : "-";
            System.out.println("  " + k + ": at " + at + " before " + before + " count " + s.codePointCount(0, k)
                    + " next " + s.offsetByCodePoints(k, k < s.length() ? 1 : 0) + " prev " + s.offsetByCodePoints(k, k > 0 ? -1 : 0));
        }
        System.out.println("offset 0+5 " + s.offsetByCodePoints(0, 5) + " end-3 " + s.offsetByCodePoints(s.length(), -3)
                + " 2+0 " + s.offsetByCodePoints(2, 0));
        int[] needles = {0x1F600, 0xD83D, 0xDE00, 0x10400, 0xD801, 0xDC00, 0x10FFFF, 0x10000, 0x61, 0x391, 0x3B1, -1, 0x110000};
        for (int n : needles) {
            System.out.println("indexOf " + Integer.toHexString(n) + ": " + s.indexOf(n) + " from3 " + s.indexOf(n, 3) + " from-9 " + s.indexOf(n, -9)
                    + " last " + s.lastIndexOf(n) + " last5 " + s.lastIndexOf(n, 5) + " last99 " + s.lastIndexOf(n, 99) + " last-1 " + s.lastIndexOf(n, -1));
        }
        System.out.println("halves " + hex(s.substring(0, 2)) + " " + hex(s.substring(2, 5)) + " char " + Integer.toHexString(s.charAt(1))
                + " contains pair " + s.contains("\uD83D\uDE00") + " glued pair " + s.indexOf("\uD83D\uDE00", 2)
                + " startsWith low " + s.startsWith("\uDE00", 2));
        int[] points = {0, 0x7F, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xDBFF, 0xDC00};
        for (int p : points) {
            char[] cs = Character.toChars(p);
            char[] buf = {'.', '.', '.'};
            int n = Character.toChars(p, buf, 1);
            System.out.println("toChars " + Integer.toHexString(p) + ": " + hex(new String(cs)) + " into " + n + " " + hex(new String(buf))
                    + " count " + Character.charCount(p) + " bmp " + Character.isBmpCodePoint(p) + " supp " + Character.isSupplementaryCodePoint(p)
                    + " high " + Integer.toHexString(Character.highSurrogate(p)) + " low " + Integer.toHexString(Character.lowSurrogate(p)));
        }
        char[] arr = s.toCharArray();
        System.out.println("char[] " + Integer.toHexString(Character.codePointAt(arr, 1)) + " " + Integer.toHexString(Character.codePointAt(arr, 1, 2))
                + " " + Integer.toHexString(Character.codePointBefore(arr, 3)) + " " + Integer.toHexString(Character.codePointBefore(arr, 3, 2))
                + " " + Character.codePointCount(arr, 1, 6) + " " + Character.offsetByCodePoints(arr, 0, arr.length, 0, 4)
                + " " + Integer.toHexString(Character.codePointAt("\uD83D\uDE00", 0)) + " pair " + Character.isSurrogatePair('\uD83D', '\uDE00')
                + " " + Integer.toHexString(Character.toCodePoint('\uD83D', '\uDE00')));
        attempt("codePointAt len", () -> s.codePointAt(i(s.length())));
        attempt("codePointAt -1", () -> s.codePointAt(i(-1)));
        attempt("codePointBefore 0", () -> s.codePointBefore(i(0)));
        attempt("codePointBefore len+1", () -> s.codePointBefore(i(s.length() + 1)));
        attempt("codePointCount 5..4", () -> s.codePointCount(i(5), i(4)));
        attempt("codePointCount -1..2", () -> s.codePointCount(i(-1), i(2)));
        attempt("offsetByCodePoints too far", () -> s.offsetByCodePoints(i(0), i(99)));
        attempt("offsetByCodePoints before start", () -> s.offsetByCodePoints(i(3), i(-9)));
        attempt("offsetByCodePoints bad index", () -> s.offsetByCodePoints(i(99), i(0)));
        attempt("String(int[]) invalid", () -> new String(new int[] {0x41, i(0x110000)}, 0, 2));
        attempt("String(int[]) negative", () -> new String(new int[] {i(-5)}, 0, 1));
        attempt("String(int[]) range", () -> new String(new int[] {0x41, 0x42}, i(1), i(2)));
        attempt("toChars invalid", () -> Character.toChars(i(-1)));
        attempt("toChars no room", () -> Character.toChars(i(0x1F600), new char[2], i(1)));
        attempt("Character.offsetByCodePoints past range", () -> Character.offsetByCodePoints(arr, i(1), i(4), i(2), i(3)));
        attempt("Character.offsetByCodePoints index outside", () -> Character.offsetByCodePoints(arr, i(1), i(4), i(0), i(0)));
        attempt("Character.offsetByCodePoints bad range", () -> Character.offsetByCodePoints(arr, i(5), i(9), i(5), i(0)));
        System.out.println("Character.offsetByCodePoints in range " + Character.offsetByCodePoints(arr, i(1), i(4), i(5), i(-2))
                + " " + Character.offsetByCodePoints(arr, i(2), i(3), i(2), i(1)) + " " + Character.offsetByCodePoints(arr, i(0), i(2), i(0), i(1)));
        attempt("Character.codePointAt limit", () -> Character.codePointAt(new char[] {'a'}, i(1), i(1)));
    }
}
