package util;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * java.util.HexFormat (Java 17): formatHex with and without delimiter, prefix and suffix, upper case, byte
 * ranges; parseHex of each format and its errors (odd length, bad digits, missing delimiters); toHexDigits of
 * every width and of a chosen digit count; fromHexDigits/ToLong with ranges; isHexDigit/fromHexDigit;
 * toString and equals/hashCode of formats; formatHex into an Appendable.
 */
public class HexFormatOps {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            System.out.println(label + " -> " + (r instanceof byte[] b ? Arrays.toString(b) : r));
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        byte[] bytes = {0, 1, 0x7f, (byte) 0x80, (byte) 0xab, (byte) 0xff, 0x10, 0x2c};
        HexFormat plain = HexFormat.of();
        HexFormat upper = plain.withUpperCase();
        HexFormat colon = HexFormat.ofDelimiter(":");
        HexFormat fancy = HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("h").withUpperCase();
        HexFormat wide = HexFormat.ofDelimiter("\u00b7");
        HexFormat wider = HexFormat.ofDelimiter("\u2014");
        System.out.println("plain " + plain.formatHex(bytes) + " upper " + upper.formatHex(bytes));
        System.out.println("colon " + colon.formatHex(bytes) + " fancy " + fancy.formatHex(bytes));
        System.out.println("latin-1 delimiter " + wide.formatHex(bytes) + " wide delimiter " + wider.formatHex(bytes));
        System.out.println("ranges " + plain.formatHex(bytes, 2, 5) + " | " + colon.formatHex(bytes, 7, 8) + " | '"
                + colon.formatHex(bytes, 3, 3) + "' | " + fancy.formatHex(bytes, 0, 1) + " | prefix only "
                + HexFormat.of().withPrefix("#").formatHex(bytes, 4, 6));
        System.out.println("formats " + plain + " / " + fancy + " / " + colon.withLowerCase());
        System.out.println("accessors " + fancy.delimiter() + "|" + fancy.prefix() + "|" + fancy.suffix() + "|" + fancy.isUpperCase()
                + " equals " + upper.equals(HexFormat.of().withUpperCase()) + " " + upper.equals(plain) + " hash "
                + (upper.hashCode() == HexFormat.of().withUpperCase().hashCode()));
        attempt("parse plain", () -> plain.parseHex("00017F80abFF"));
        attempt("parse colon", () -> colon.parseHex("de:ad:BE:ef"));
        attempt("parse fancy", () -> fancy.parseHex("0x0Ah, 0xffh, 0x00h"));
        attempt("parse range", () -> plain.parseHex("zz0102zz", 2, 6));
        attempt("parse empty", () -> colon.parseHex(""));
        attempt("parse odd", () -> plain.parseHex("abc"));
        attempt("parse bad digit", () -> plain.parseHex("0g"));
        attempt("parse missing delimiter", () -> colon.parseHex("aabb"));
        attempt("parse wrong prefix", () -> fancy.parseHex("1x0Ah"));
        attempt("parse trailing delimiter", () -> colon.parseHex("aa:"));
        System.out.println("toHexDigits " + plain.toHexDigits((byte) -2) + " " + upper.toHexDigits((short) 0x1a2b) + " "
                + plain.toHexDigits(0xCAFEBABE) + " " + upper.toHexDigits(0x0123456789abcdefL) + " " + plain.toHexDigits('A') + " "
                + plain.toHexDigits(-1L, 5) + " '" + plain.toHexDigits(42L, 0) + "' " + upper.toHexDigits(0xfedcba9876543210L, 16)
                + " " + fancy.toHexDigits((byte) 10));
        attempt("toHexDigits 17 digits", () -> plain.toHexDigits(1L, 17));
        attempt("toHexDigits -1 digits", () -> plain.toHexDigits(1L, -1));
        System.out.println("fromHexDigits " + HexFormat.fromHexDigits("7fffffff") + " " + HexFormat.fromHexDigits("FFFFFFFF") + " "
                + HexFormat.fromHexDigits("xx1Fxx", 2, 4) + " long " + HexFormat.fromHexDigitsToLong("ffffffffffffffff") + " "
                + HexFormat.fromHexDigitsToLong("0123456789ABCDEF") + " " + HexFormat.fromHexDigitsToLong("q10", 1, 3));
        attempt("fromHexDigits too long", () -> HexFormat.fromHexDigits("123456789"));
        attempt("fromHexDigits empty", () -> HexFormat.fromHexDigits(""));
        attempt("fromHexDigits bad", () -> HexFormat.fromHexDigits("12x4"));
        attempt("fromHexDigitsToLong too long", () -> HexFormat.fromHexDigitsToLong("12345678901234567"));
        StringBuilder digits = new StringBuilder();
        for (char c : "09afAFgG/:@`".toCharArray()) digits.append(c).append(HexFormat.isHexDigit(c) ? "+" : "-");
        System.out.println("isHexDigit " + digits + " fromHexDigit " + HexFormat.fromHexDigit('a') + HexFormat.fromHexDigit('F')
                + HexFormat.fromHexDigit('7') + " high/low " + plain.toHighHexDigit(0xa5) + plain.toLowHexDigit(0xa5)
                + upper.toHighHexDigit(0xa5) + upper.toLowHexDigit(0xa5));
        attempt("fromHexDigit bad", () -> HexFormat.fromHexDigit('z'));
        StringBuilder out = new StringBuilder("hex: ");
        colon.formatHex(out, bytes, 1, 4);
        System.out.println(out);
        attempt("formatHex bad range", () -> plain.formatHex(bytes, 5, 2));
        attempt("ofDelimiter null", () -> HexFormat.ofDelimiter(null));
        byte[] big = new byte[64];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 37);
        String all = colon.formatHex(big);
        System.out.println("64 bytes length " + all.length() + " round trip " + Arrays.equals(big, colon.parseHex(all)) + " tail "
                + all.substring(all.length() - 11));
    }
}
