package lang;

/**
 * Integer and Long bit helpers and text: toString/toHexString/toOctalString/toBinaryString of negative
 * values, toString with radixes, toUnsignedString, the unsigned divide/remainder/compare, signum, bitCount,
 * reverse, reverseBytes, rotations, highestOneBit/lowestOneBit, numberOfLeading/TrailingZeros, sum/max/min.
 */
public class IntegerBitsAndText {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, -8, 255, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20};
        for (int v : ints) {
            System.out.println(v + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " bin=" + Integer.toBinaryString(v)
                    + " r36=" + Integer.toString(v, 36) + " r7=" + Integer.toString(v, 7) + " r99=" + Integer.toString(v, 99)
                    + " u=" + Integer.toUnsignedString(v) + " u16=" + Integer.toUnsignedString(v, 16)
                    + " signum=" + Integer.signum(v) + " bits=" + Integer.bitCount(v) + " rev=" + Integer.reverse(v)
                    + " revB=" + Integer.toHexString(Integer.reverseBytes(v)) + " rotl5=" + Integer.rotateLeft(v, 5) + " rotr37=" + Integer.rotateRight(v, 37)
                    + " hi=" + Integer.highestOneBit(v) + " lo=" + Integer.lowestOneBit(v) + " nlz=" + Integer.numberOfLeadingZeros(v)
                    + " ntz=" + Integer.numberOfTrailingZeros(v));
        }
        long[] longs = {0L, -1L, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE, 0x0123456789abcdefL, -1000000007L};
        for (long v : longs) {
            System.out.println(v + " hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v) + " bin=" + Long.toBinaryString(v).length()
                    + " r36=" + Long.toString(v, 36) + " u=" + Long.toUnsignedString(v) + " u2=" + Long.toUnsignedString(v, 2).length()
                    + " signum=" + Long.signum(v) + " bits=" + Long.bitCount(v) + " rev=" + Long.reverse(v) + " revB=" + Long.toHexString(Long.reverseBytes(v))
                    + " rotl=" + Long.rotateLeft(v, 13) + " hi=" + Long.highestOneBit(v) + " lo=" + Long.lowestOneBit(v)
                    + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v));
        }
        System.out.println("udiv " + Integer.divideUnsigned(-1, 3) + " urem " + Integer.remainderUnsigned(-1, 3) + " ucmp " + Integer.compareUnsigned(-1, 1)
                + " toUnsignedLong " + Integer.toUnsignedLong(-2));
        System.out.println("ludiv " + Long.divideUnsigned(-1L, 10) + " lurem " + Long.remainderUnsigned(-1L, 10) + " lucmp " + Long.compareUnsigned(1, -1)
                + " " + Long.divideUnsigned(Long.MIN_VALUE, Long.MIN_VALUE + 1) + " " + Long.remainderUnsigned(5, -1));
        System.out.println("sum/max/min " + Integer.sum(3, 4) + " " + Integer.max(-3, 4) + " " + Integer.min(-3, 4) + " " + Long.sum(Long.MAX_VALUE, 1)
                + " " + Long.max(1, 2) + " " + Long.min(1, 2));
        System.out.println("short/byte " + Short.reverseBytes((short) 0x1234) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedLong((byte) -2)
                + " " + Short.toString((short) -5) + " " + Byte.toString((byte) 12));
        System.out.println("SIZE/BYTES " + Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE + " " + Long.BYTES + " " + Short.SIZE + " " + Byte.BYTES
                + " " + Character.BYTES + " " + Double.SIZE + " " + Float.BYTES);
        try {
            Integer.divideUnsigned(5, 0);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned by zero: " + e.getMessage());
        }
    }
}
