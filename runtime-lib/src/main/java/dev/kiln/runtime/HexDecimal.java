package dev.kiln.runtime;

/** Decimal digits of natural numbers written in hexadecimal. */
public final class HexDecimal {
    private HexDecimal() {}

    /** The decimal digits of the natural number whose hexadecimal digits (either case, leading zeros allowed) are {@code hex}. */
    public static String toDecimal(String hex) {
        // Little-endian words of base 10^9, built by multiplying by 16 and adding each digit.
        int[] words = new int[hex.length() / 7 + 1];
        int used = 0;
        for (int i = 0; i < hex.length(); i++) {
            long carry = Character.digit(hex.charAt(i), 16);
            for (int w = 0; w < used; w++) {
                long v = words[w] * 16L + carry;
                words[w] = (int) (v % 1_000_000_000L);
                carry = v / 1_000_000_000L;
            }
            if (carry != 0) words[used++] = (int) carry;
        }
        if (used == 0) return "0";
        StringBuilder sb = new StringBuilder().append(words[used - 1]);
        for (int w = used - 2; w >= 0; w--) {
            String part = Integer.toString(words[w]);
            for (int pad = part.length(); pad < 9; pad++) sb.append('0');
            sb.append(part);
        }
        return sb.toString();
    }
}
