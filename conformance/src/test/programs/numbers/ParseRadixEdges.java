// kiln:release=8
package numbers;

/**
 * Parsing integers: parseInt/parseLong in radixes 2 to 36 at MIN_VALUE and MAX_VALUE and one past them,
 * signs, empty strings, bad radixes and digits, non-ASCII digits, each NumberFormatException message;
 * decode's prefixes (0x, 0X, #, 0) with signs; Short and Byte parse and decode out of range;
 * Character.digit and forDigit over radixes and non-Latin digits.
 */
public class ParseRadixEdges {
    static String s(String v) { return v; }

    static void pi(String text, int radix) {
        try {
            System.out.println("parseInt \"" + text + "\" r" + radix + " = " + Integer.parseInt(text, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt \"" + text + "\" r" + radix + " NFE " + e.getMessage());
        }
    }

    static void pl(String text, int radix) {
        try {
            System.out.println("parseLong \"" + text + "\" r" + radix + " = " + Long.parseLong(text, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseLong \"" + text + "\" r" + radix + " NFE " + e.getMessage());
        }
    }

    static void dec(String text) {
        StringBuilder sb = new StringBuilder("decode \"" + text + "\":");
        try { sb.append(" int ").append(Integer.decode(text)); } catch (NumberFormatException e) { sb.append(" int NFE ").append(e.getMessage()); }
        try { sb.append(" long ").append(Long.decode(text)); } catch (NumberFormatException e) { sb.append(" long NFE ").append(e.getMessage()); }
        try { sb.append(" short ").append(Short.decode(text)); } catch (NumberFormatException e) { sb.append(" short NFE ").append(e.getMessage()); }
        try { sb.append(" byte ").append(Byte.decode(text)); } catch (NumberFormatException e) { sb.append(" byte NFE ").append(e.getMessage()); }
        System.out.println(sb);
    }

    static void small(String text, int radix) {
        StringBuilder sb = new StringBuilder("small \"" + text + "\" r" + radix + ":");
        try { sb.append(" short ").append(Short.parseShort(text, radix)); } catch (NumberFormatException e) { sb.append(" short NFE ").append(e.getMessage()); }
        try { sb.append(" byte ").append(Byte.parseByte(text, radix)); } catch (NumberFormatException e) { sb.append(" byte NFE ").append(e.getMessage()); }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        int[] radixes = {2, 3, 7, 8, 10, 16, 31, 36};
        for (int r : radixes) {
            String max = Integer.toString(Integer.MAX_VALUE, r);
            String min = Integer.toString(Integer.MIN_VALUE, r);
            pi(max, r);
            pi(min, r);
            pi(Long.toString(Integer.MAX_VALUE + 1L, r), r);
            pi(Long.toString(Integer.MIN_VALUE - 1L, r), r);
            pl(Long.toString(Long.MAX_VALUE, r), r);
            pl(Long.toString(Long.MIN_VALUE, r), r);
            pl(Long.toString(Long.MAX_VALUE, r) + "0", r);
            pl("-" + Long.toString(Long.MAX_VALUE, r).toUpperCase(), r);
        }
        String[] bad = {"", "-", "+", "--1", "+-1", "1-", " 1", "1 ", "1_000", "0x10", "9", "z", "Z", "\u0661\u0662", "\uff11\uff12", "\u0967"};
        for (String b : bad) {
            pi(s(b), 10);
            pl(s(b), 36);
        }
        pi(s("12"), 1);
        pi(s("12"), 37);
        pl(s("12"), 0);
        pi(s("-00000000000000000000000000002147483648"), 10);
        pl(s("+0000000000000000000000009223372036854775807"), 10);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("parseInt null NFE " + e.getMessage());
        }
        String[] decodes = {"0x7f", "0X7F", "#7f", "-#80", "+0x10", "010", "-010", "0", "-0", "08", "0x", "#", "-", "",
            "0x-5", "- 5", "32767", "-32768", "32768", "128", "-129", "0x7fffffff", "-0x80000000", "0x80000000", "0x8000000000000000",
            "-0x8000000000000000", "0777777777777777777777", "1000000000000000000000"};
        for (String d : decodes) dec(s(d));
        String[] smalls = {"127", "-128", "128", "-129", "32767", "-32768", "32768", "ff", "-80", "7f", "10000000", "x"};
        for (String t : smalls) {
            small(s(t), 10);
            small(s(t), 16);
        }
        small(s("11111111"), 2);
        small(s("-10000000"), 2);
        int[] chars = {'0', '9', 'a', 'z', 'A', 'Z', '/', ':', '@', '[', '`', '{', 0x0660, 0x0669, 0x0966, 0xff10, 0xff19, 0xff21, 0xff41,
            0xff5a, 0x1d7ce, 0x00b2, 0x2167, 0x10466};
        for (int c : chars) {
            StringBuilder sb = new StringBuilder("digit U+" + Integer.toHexString(c) + ":");
            for (int r : new int[] {1, 2, 10, 16, 35, 36, 37}) {
                sb.append(' ').append(Character.digit(c, r));
                if (c < 0x10000) sb.append('/').append(Character.digit((char) c, r));
            }
            System.out.println(sb);
        }
        StringBuilder fd = new StringBuilder("forDigit:");
        for (int r : new int[] {0, 1, 2, 10, 16, 36, 37}) {
            for (int d : new int[] {-1, 0, 1, 9, 10, 15, 35, 36}) {
                char c = Character.forDigit(d, r);
                fd.append(' ').append(c == 0 ? "\\0" : String.valueOf(c));
            }
            fd.append(" |");
        }
        System.out.println(fd);
    }
}
