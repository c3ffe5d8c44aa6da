package arith_long;

/** Mixing int and long: widening before the operation versus after, and long loop counters. */
public class LongMixed {
    static int i(int v) { return v; }

    public static void main(String[] args) {
        int big = i(2000000000);
        long wrong = big * 2;
        long right = big * 2L;
        System.out.println("int*2 then widen = " + wrong);
        System.out.println("widen then *2 = " + right);
        long ms = i(30) * 24 * 60 * 60 * 1000;
        long msl = i(30) * 24L * 60 * 60 * 1000;
        System.out.println(ms + " vs " + msl);
        int narrowed = (int) 0x123456789abcdefL;
        System.out.println("(int)0x123456789abcdef = " + narrowed);
        System.out.println("(int)(1L<<31) = " + (int) (1L << i(31)));
        System.out.println("(int)(1L<<32) = " + (int) (1L << i(32)));
        System.out.println("(short)long = " + (short) 0x7fff8000L);
        System.out.println("(byte)long = " + (byte) -129L);
        System.out.println("(char)long = " + (int) (char) -1L);
        long sum = 0;
        for (long k = 4000000000L; k < 4000000010L; k++) {
            sum += k;
        }
        System.out.println("sum = " + sum);
        long x = i(-5);
        System.out.println("sign-extended = " + x + " hex " + Long.toHexString(x));
        long unsigned = i(-5) & 0xffffffffL;
        System.out.println("zero-extended = " + unsigned);
        System.out.println(i(7) + 3L);
        System.out.println(3L - i(7));
        System.out.println(10L * i(-3));
        System.out.println(100L / i(7) + " " + 100L % i(7));
        long pow = 1;
        for (int e = 0; e < 64; e += 9) {
            System.out.println("3^" + e + " = " + pow);
            for (int r = 0; r < 9; r++) {
                pow *= 3;
            }
        }
        System.out.println(Long.MIN_VALUE + " " + (Long.MIN_VALUE - 1) + " " + Math.abs(Long.MIN_VALUE));
    }
}
