package shifts_bits;

/** long shifts use the low six bits of an int count: x << 65 == x << 1; shifting by long counts. */
public class LongShifts {
    static long l(long v) { return v; }
    static int i(int v) { return v; }

    public static void main(String[] args) {
        long x = l(0x0123456789abcdefL);
        long n = l(0xfedcba9876543210L);
        int[] counts = {0, 1, 8, 31, 32, 33, 63, 64, 65, 127, -1, -63, -64};
        for (int c : counts) {
            System.out.println("count " + c + ": " + Long.toHexString(x << c) + " " + Long.toHexString(x >> c) + " "
                    + Long.toHexString(x >>> c) + " | " + Long.toHexString(n << c) + " " + Long.toHexString(n >> c) + " "
                    + Long.toHexString(n >>> c));
        }
        System.out.println("folded 1L << 65 = " + (1L << 65));
        System.out.println("1L << 63 = " + (l(1) << i(63)));
        System.out.println("1L << 64 = " + (l(1) << i(64)));
        System.out.println("1 << 40 (int!) = " + (i(1) << 40));
        System.out.println("1L << 40 = " + (1L << i(40)));
        System.out.println("MIN >> 63 = " + (Long.MIN_VALUE >> i(63)));
        System.out.println("MIN >>> 63 = " + (Long.MIN_VALUE >>> i(63)));
        System.out.println("-1L >>> 1 = " + (l(-1) >>> 1));
        long shiftByLong = l(70);
        System.out.println("1L << 70L = " + (l(1) << shiftByLong));
        System.out.println("-8L >> 2L = " + (l(-8) >> l(2)));
        System.out.println("int << long count " + (i(3) << l(33)));
        long mask = 0;
        for (int b = 0; b < 64; b += 5) {
            mask |= 1L << b;
        }
        System.out.println("mask " + Long.toBinaryString(mask));
        long r = l(0x8000000000000001L);
        for (int k = 0; k < 3; k++) {
            r = (r >>> 1) | (r << 63);
            System.out.println("ror " + Long.toHexString(r));
        }
        long hi = l(0xaabbccdd11223344L);
        int upper = (int) (hi >>> 32);
        int lower = (int) hi;
        long rebuilt = ((long) upper << 32) | (lower & 0xffffffffL);
        System.out.println(Integer.toHexString(upper) + " " + Integer.toHexString(lower) + " " + (rebuilt == hi));
        long wrong = ((long) upper << 32) | lower;
        System.out.println("sign-extension bug " + Long.toHexString(wrong));
    }
}
