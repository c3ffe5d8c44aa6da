package bigmath;

import java.math.BigInteger;

/**
 * BigInteger's two's-complement bit operations on positive and negative values: and/or/xor/not/andNot,
 * shiftLeft/shiftRight (negative shifts, rounding toward negative infinity), testBit/setBit/clearBit/
 * flipBit, getLowestSetBit, bitLength, bitCount, and toByteArray/new BigInteger(byte[]) round trips,
 * with the negative bit index message.
 */
public class BigIntegerBits {
    public static void main(String[] args) {
        BigInteger[] vs = {BigInteger.valueOf(0), BigInteger.valueOf(1), BigInteger.valueOf(-1), BigInteger.valueOf(255), BigInteger.valueOf(-256),
            new BigInteger("123456789abcdef0123456789abcdef", 16), new BigInteger("-123456789abcdef0123456789abcdef", 16), BigInteger.ONE.shiftLeft(64).negate()};
        BigInteger mask = new BigInteger("f0f0f0f0f0f0f0f0f0f0", 16);
        for (BigInteger v : vs) {
            System.out.println(v.toString(16) + " and " + v.and(mask).toString(16) + " or " + v.or(mask).toString(16) + " xor " + v.xor(mask).toString(16)
                    + " not " + v.not() + " andNot " + v.andNot(mask).toString(16) + " shl70 " + v.shiftLeft(70).toString(16) + " shr3 " + v.shiftRight(3)
                    + " shr200 " + v.shiftRight(200) + " shl-2 " + v.shiftLeft(-2) + " bitLength " + v.bitLength() + " bitCount " + v.bitCount()
                    + " lowest " + v.getLowestSetBit() + " test0 " + v.testBit(0) + " test100 " + v.testBit(100) + " set90 " + v.setBit(90).toString(16)
                    + " clear0 " + v.clearBit(0) + " flip7 " + v.flipBit(7));
            byte[] bytes = v.toByteArray();
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes) {
                sb.append(String.format("%02x", b));
            }
            System.out.println("  bytes " + sb + " round trip " + new BigInteger(bytes).equals(v));
        }
        System.out.println("from bytes " + new BigInteger(new byte[] {(byte) 0xff, 0x00}) + " " + new BigInteger(1, new byte[] {(byte) 0xff, 0x00})
                + " " + new BigInteger(-1, new byte[] {1, 0}) + " range " + new BigInteger(new byte[] {9, (byte) 0x80, 1, 9}, 1, 2));
        try {
            BigInteger.ONE.testBit(-1);
        } catch (ArithmeticException e) {
            System.out.println("testBit -1: " + e.getMessage());
        }
        try {
            new BigInteger(2, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("bad signum: " + e.getMessage());
        }
        try {
            new BigInteger(0, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("zero signum: " + e.getMessage());
        }
        System.out.println("shift identities " + BigInteger.valueOf(-7).shiftRight(1) + " " + (-7 >> 1) + " " + BigInteger.valueOf(-1).shiftRight(1000)
                + " " + BigInteger.valueOf(5).shiftLeft(0));
    }
}
