package arith_long;

/** Long division and remainder, including Long.MIN_VALUE / -1 and % -1. */
public class LongDivRem {
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        long[] as = {7L, -7L, 0L, 1L << 40, -(1L << 40) - 3, Long.MAX_VALUE, Long.MIN_VALUE, 1000000000000000007L};
        long[] bs = {2L, -2L, 3L, -3L, 1L, -1L, 1000000007L, -4294967296L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long a : as) {
            System.out.println("a = " + a);
            StringBuilder line = new StringBuilder(" ");
            for (long b : bs) {
                line.append(' ').append(div(a, b)).append('/').append(rem(a, b));
            }
            System.out.println(line);
        }
        long min = Long.MIN_VALUE;
        long minusOne = -1;
        System.out.println("MIN / -1 = " + (min / minusOne));
        System.out.println("MIN % -1 = " + (min % minusOne));
        for (long v = -20; v <= 20; v += 7) {
            System.out.println(v + " /8=" + (v / 8) + " %8=" + (v % 8) + " /-3=" + (v / -3) + " %-3=" + (v % -3));
        }
        long digits = 9223372036854775807L;
        StringBuilder rev = new StringBuilder();
        while (digits != 0) {
            rev.append(digits % 10);
            digits /= 10;
        }
        System.out.println(rev);
        long neg = Long.MIN_VALUE;
        StringBuilder nrev = new StringBuilder();
        while (neg != 0) {
            nrev.append(neg % 10);
            nrev.append(',');
            neg /= 10;
        }
        System.out.println(nrev);
    }
}
