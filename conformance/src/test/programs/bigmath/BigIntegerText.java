package bigmath;

import java.math.BigInteger;

/**
 * BigInteger text: parsing with radixes 2..36, signs and leading zeros, toString(radix) including an
 * out-of-range radix falling back to 10, very long numbers (thousands of digits, past the recursive
 * conversion threshold), and the NumberFormatException messages of malformed input.
 */
public class BigIntegerText {
    public static void main(String[] args) {
        String[][] inputs = {{"0", "10"}, {"-0", "10"}, {"+123", "10"}, {"000123", "10"}, {"-ff", "16"}, {"zz", "36"}, {"1010", "2"},
            {"", "10"}, {"-", "10"}, {"+", "10"}, {"12a", "10"}, {"1 2", "10"}, {"--1", "10"}, {"7", "1"}, {"7", "37"}, {"0x10", "16"}, {"\u0661\u0662", "10"}};
        for (String[] in : inputs) {
            try {
                System.out.println("parse \"" + in[0] + "\" radix " + in[1] + " = " + new BigInteger(in[0], Integer.parseInt(in[1])));
            } catch (NumberFormatException e) {
                System.out.println("parse \"" + in[0] + "\" radix " + in[1] + " -> NFE: " + e.getMessage());
            }
        }
        BigInteger v = new BigInteger("-123456789012345678901234567890123456789");
        for (int radix : new int[] {2, 3, 8, 10, 16, 36, 1, 40}) {
            System.out.println("radix " + radix + " " + v.toString(radix));
        }
        StringBuilder digits = new StringBuilder("-");
        for (int i = 0; i < 3000; i++) {
            digits.append((char) ('0' + (i * 7 + 3) % 10));
        }
        BigInteger longOne = new BigInteger(digits.toString());
        String back = longOne.toString();
        System.out.println("3000 digits round trip " + back.equals(digits.toString()) + " bits " + longOne.bitLength() + " head " + back.substring(0, 20)
                + " tail " + back.substring(back.length() - 20));
        BigInteger power = BigInteger.valueOf(7).pow(5000);
        String hex = power.toString(16);
        System.out.println("7^5000 hex length " + hex.length() + " head " + hex.substring(0, 16) + " decimal length " + power.toString().length()
                + " parse back " + new BigInteger(hex, 16).equals(power));
        System.out.println("valueOf " + BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        System.out.println("string ctor default " + new BigInteger("98765432109876543210") + " toString zero radix 2 " + BigInteger.ZERO.toString(2));
        try {
            new BigInteger((String) null);
        } catch (NullPointerException e) {
            System.out.println("null NPE");
        }
    }
}
