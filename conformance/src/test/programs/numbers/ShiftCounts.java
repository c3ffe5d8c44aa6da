package numbers;

/**
 * Shift counts are masked: an int shift uses the low 5 bits of the count, a long shift the low 6, so
 * counts of the width or more wrap around and negative counts count from the other end. byte, short
 * and char operands are promoted to int first (sign- or zero-extended), and a compound shift narrows
 * back.
 */
public class ShiftCounts {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    public static void main(String[] args) {
        int[] counts = {i(0), i(1), i(5), i(31), i(32), i(33), i(63), i(64), i(65), i(-1), i(-31), i(-32),
            i(-33), i(-64), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE), i(0x12345)};
        int[] ints = {i(1), i(-1), i(0x80000001), i(0x12345678)};
        for (int x : ints) {
            StringBuilder line = new StringBuilder("int " + Integer.toHexString(x) + ":");
            for (int n : counts) {
                line.append(' ').append(n).append('=').append(Integer.toHexString(x << n)).append('/')
                        .append(Integer.toHexString(x >> n)).append('/').append(Integer.toHexString(x >>> n));
            }
            System.out.println(line);
        }
        long[] longs = {l(1), l(-1), l(0x8000000000000001L), l(0x123456789abcdef0L)};
        for (long x : longs) {
            StringBuilder line = new StringBuilder("long " + Long.toHexString(x) + ":");
            for (int n : counts) {
                line.append(' ').append(n).append('=').append(Long.toHexString(x << n)).append('/')
                        .append(Long.toHexString(x >> n)).append('/').append(Long.toHexString(x >>> n));
            }
            System.out.println(line);
        }
        long[] longCounts = {l(64), l(65), l(-1), l(0x100000001L), l(Long.MIN_VALUE), l(0xffffffff00000003L)};
        for (long n : longCounts) {
            System.out.println("count " + n + ": int " + (i(1) << n) + " long " + (l(1) << n) + " " + (l(-256) >> n)
                    + " " + (l(-256) >>> n));
        }
        byte b = (byte) i(-16);
        short s = (short) i(-16);
        char c = (char) i(0xfff0);
        System.out.println("byte >>> 2 = " + (b >>> 2) + ", short >>> 2 = " + (s >>> 2) + ", char >>> 2 = " + (c >>> 2));
        System.out.println("byte >>> 28 = " + (b >>> 28) + ", char << 20 = " + (c << 20) + ", byte << 33 = " + (b << 33));
        b >>>= 2;
        s >>>= 2;
        c >>>= 2;
        System.out.println("compound: byte " + b + " short " + s + " char " + (int) c);
        b = (byte) i(0x40);
        b <<= 1;
        System.out.println("byte 0x40 <<= 1: " + b);
        b <<= 1;
        System.out.println("again: " + b);
        int x = i(1);
        x <<= i(-1);
        System.out.println("1 <<= -1: " + x);
        long y = l(1);
        y <<= i(127);
        System.out.println("1L <<= 127: " + y);
        int acc = 0;
        for (int n = -70; n <= 70; n++) {
            acc = acc * 31 + (i(0xdeadbeef) >> n) + (i(0xdeadbeef) >>> n) + (i(0xdeadbeef) << n);
        }
        System.out.println("int sweep " + acc);
        long accLong = 0;
        for (int n = -130; n <= 130; n++) {
            accLong = accLong * 31 + (l(0xcafebabedeadbeefL) >> n) + (l(0xcafebabedeadbeefL) >>> n) + (l(0xcafebabedeadbeefL) << n);
        }
        System.out.println("long sweep " + accLong);
    }
}
