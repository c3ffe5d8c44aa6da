package shifts_bits;

/** and/or/xor/not on int and long, and the Integer/Long bit helpers. */
public class BitOps {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    public static void main(String[] args) {
        int a = i(0xf0f0f0f0);
        int b = i(0x0ff00ff0);
        System.out.println(Integer.toHexString(a & b) + " " + Integer.toHexString(a | b) + " " + Integer.toHexString(a ^ b)
                + " " + Integer.toHexString(~a) + " " + Integer.toHexString(a & ~b));
        long la = l(0xf0f0f0f0f0f0f0f0L);
        long lb = l(0x00ff00ff00ff00ffL);
        System.out.println(Long.toHexString(la & lb) + " " + Long.toHexString(la | lb) + " " + Long.toHexString(la ^ lb)
                + " " + Long.toHexString(~la));
        int[] ints = {0, 1, -1, 0x80000000, 0x7fffffff, 0x00f00000, 12345678, -12345678, 0x10000};
        for (int v : ints) {
            System.out.println(v + ": bitCount " + Integer.bitCount(v) + " nlz " + Integer.numberOfLeadingZeros(v) + " ntz "
                    + Integer.numberOfTrailingZeros(v) + " highest " + Integer.highestOneBit(v) + " reverse "
                    + Integer.reverse(v) + " rotl5 " + Integer.rotateLeft(v, 5) + " rotl-3 " + Integer.rotateLeft(v, -3)
                    + " bin " + Integer.toBinaryString(v) + " oct " + Integer.toOctalString(v));
        }
        long[] longs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x0000ffff00000000L, 123456789012345L};
        for (long v : longs) {
            System.out.println(v + ": bitCount " + Long.bitCount(v) + " nlz " + Long.numberOfLeadingZeros(v) + " ntz "
                    + Long.numberOfTrailingZeros(v) + " highest " + Long.highestOneBit(v) + " reverse " + Long.reverse(v)
                    + " rotl7 " + Long.rotateLeft(v, 7) + " hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v));
        }
        System.out.println(Long.toBinaryString(l(-2)));
        boolean p = i(1) == 1;
        boolean q = i(2) == 3;
        System.out.println((p & q) + " " + (p | q) + " " + (p ^ q) + " " + (p ^ true));
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 7;
        flags &= ~(1 << 3);
        flags ^= 0xff;
        System.out.println(flags);
        System.out.println((i(-7) & 0xff) + " " + (i(6) & -i(6)) + " " + (i(12) & (i(12) - 1)));
    }
}
