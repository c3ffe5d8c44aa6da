// kiln:release=11
package strings;

/**
 * String range checks and Java 11's String methods: valueOf/copyValueOf(char[], offset, count),
 * new String(char[] | byte[], offset, count), substring, subSequence, charAt and getChars with bad
 * ranges (the exception class and message the JDK gives); repeat's edge cases and its
 * IllegalArgumentException; strip, stripLeading, stripTrailing and isBlank with Unicode white space
 * next to trim, which removes every char up to U+0020 and nothing else.
 */
public class RangesAndWhitespace {
    static int i(int v) { return v; }
    static String s(String v) { return v; }

    interface Op { Object run(); }

    static void attempt(String label, Op op) {
        try {
            Object r = op.run();
            System.out.println(label + ": \"" + r + "\"");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println(label + ": IAE " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println(label + ": NPE");
        }
    }

    static String hex(String v) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < v.length(); k++) out.append(k == 0 ? "" : " ").append(Integer.toHexString(v.charAt(k)));
        return "[" + out + "]";
    }

    public static void main(String[] args) {
        char[] data = {'k', 'i', 'l', 'n', '!'};
        int[][] ranges = {{0, 5}, {1, 3}, {5, 0}, {0, 6}, {-1, 2}, {2, -1}, {4, 2}, {6, 0}, {Integer.MAX_VALUE, 1}, {1, Integer.MAX_VALUE}};
        for (int[] r : ranges) {
            int off = i(r[0]);
            int cnt = i(r[1]);
            attempt("valueOf(" + off + "," + cnt + ")", () -> String.valueOf(data, off, cnt));
            attempt("copyValueOf(" + off + "," + cnt + ")", () -> String.copyValueOf(data, off, cnt));
            attempt("new String(bytes," + off + "," + cnt + ")", () -> new String(new byte[] {104, 105, 33, 33, 33}, off, cnt));
            attempt("substring(" + off + "," + cnt + ")", () -> "kiln!".substring(off, cnt));
            attempt("subSequence(" + off + "," + cnt + ")", () -> "kiln!".subSequence(off, cnt));
            attempt("getChars(" + off + "," + cnt + ")", () -> {
                char[] dst = new char[3];
                "kiln!".getChars(off, cnt, dst, 0);
                return new String(dst);
            });
        }
        attempt("valueOf null", () -> String.valueOf((char[]) null, 0, 0));
        attempt("getChars dst too small", () -> {
            char[] dst = new char[2];
            "kiln".getChars(0, 3, dst, 0);
            return new String(dst);
        });
        attempt("getChars dst offset", () -> {
            char[] dst = new char[4];
            "kiln".getChars(1, 3, dst, 3);
            return new String(dst);
        });
        for (int k : new int[] {-1, 0, 4, 5, Integer.MIN_VALUE}) {
            attempt("charAt " + k, () -> Character.toString(s("kiln").charAt(i(k))));
            attempt("substring " + k, () -> s("kiln").substring(i(k)));
            attempt("empty charAt " + k, () -> Character.toString(s("").charAt(i(k))));
        }
        attempt("repeat 0", () -> s("abc").repeat(i(0)));
        attempt("repeat 1 same", () -> s("abc").repeat(i(1)) == "abc");
        attempt("repeat 3", () -> s("ab").repeat(i(3)));
        attempt("repeat char", () -> s("-").repeat(i(10)));
        attempt("repeat empty huge", () -> s("").repeat(i(Integer.MAX_VALUE)));
        attempt("repeat -1", () -> s("abc").repeat(i(-1)));
        attempt("repeat MIN", () -> s("").repeat(i(Integer.MIN_VALUE)));
        attempt("repeat supplementary", () -> hex(s("\uD83D\uDE00").repeat(i(2))));
        attempt("repeat identities", () -> (s("abc").repeat(i(0)) == "") + " " + (s("").repeat(i(7)) == "") + " " + (s("").repeat(i(1)) == ""));
        attempt("repeat long", () -> s("xyz").repeat(i(1000)).length() + " " + s("xyz").repeat(i(1000)).lastIndexOf("zx") + " "
                + s("a").repeat(i(65537)).indexOf('b') + " " + s("ab").repeat(i(5)).hashCode());
        try {
            System.out.println(s("ab").repeat(i(Integer.MAX_VALUE / 2 + 1)).length());
        } catch (OutOfMemoryError e) {
            System.out.println("repeat too long: " + e.getMessage());
        }
        int[] spaces = {0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x00, 0x01, 0x7F, 0x85, 0xA0, 0x1680, 0x2000, 0x2007,
            0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x180E};
        StringBuilder table = new StringBuilder("whitespace:");
        for (int c : spaces) {
            String one = String.valueOf((char) c);
            String framed = one + "x" + one + "y" + one;
            table.append(' ').append(Integer.toHexString(c)).append('=')
                    .append(Character.isWhitespace(c) ? 'W' : '-').append(Character.isSpaceChar(c) ? 'S' : '-')
                    .append(one.isBlank() ? 'B' : '-').append(framed.strip().length()).append(framed.stripLeading().length())
                    .append(framed.stripTrailing().length()).append(framed.trim().length());
        }
        System.out.println(table);
        String mixed = s("\u3000\t\u2003 \u0001 value \u00a0 \u2029\n\u001f");
        System.out.println("mixed strip " + hex(mixed.strip()) + " leading " + hex(mixed.stripLeading()) + " trailing " + hex(mixed.stripTrailing())
                + " trim " + hex(mixed.trim()));
        String onlySpace = s("\u2003\u3000 \t\u001c");
        System.out.println("only space: strip " + hex(onlySpace.strip()) + " empty " + onlySpace.strip().isEmpty() + " blank " + onlySpace.isBlank()
                + " trim " + hex(onlySpace.trim()) + " nbsp blank " + s("\u00a0").isBlank() + " empty blank " + s("").isBlank());
        String plain = s("plain");
        System.out.println("unchanged identity strip " + (plain.strip() == plain) + " leading " + (plain.stripLeading() == plain)
                + " trailing " + (plain.stripTrailing() == plain) + " trim " + (plain.trim() == plain));
        String supp = s("\uD83D\uDE00 \u2003");
        System.out.println("supplementary strip " + hex(supp.strip()) + " " + hex(s("\u2003\uD800").stripLeading()));
    }
}
