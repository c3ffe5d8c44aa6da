package numbers;

/**
 * long arithmetic wraps modulo 2^64, int operands widen before long arithmetic (but not before int
 * arithmetic that is then widened), and Long.MIN_VALUE / -1 is MIN_VALUE, % -1 is 0.
 */
public class LongOverflow {
    static long l(long v) { return v; }
    static int i(int v) { return v; }

    public static void main(String[] args) {
        long max = l(Long.MAX_VALUE);
        long min = l(Long.MIN_VALUE);
        long minusOne = l(-1);
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("max * max = " + (max * max));
        System.out.println("min * min = " + (min * min));
        System.out.println("min * -1 = " + (min * minusOne));
        System.out.println("-min = " + (-min));
        System.out.println("min / -1 = " + (min / minusOne));
        System.out.println("min % -1 = " + (min % minusOne));
        System.out.println("max / -1 = " + (max / minusOne));
        System.out.println("min / min = " + (min / min));
        System.out.println("abs(min) = " + Math.abs(min));
        System.out.println("2^32 * 2^32 = " + (l(1L << 32) * l(1L << 32)));
        System.out.println("3037000500^2 = " + (l(3037000500L) * l(3037000500L)));
        long[] divisors = {l(-1), l(1), l(-2), l(3), l(-7), l(1L << 32), min, max};
        for (long y : divisors) {
            System.out.println("min / " + y + " = " + (min / y) + ", min % " + y + " = " + (min % y) + ", max % " + y
                    + " = " + (max % y));
        }
        int imax = i(Integer.MAX_VALUE);
        long wideThenAdd = imax + 1L;
        long addThenWide = imax + 1;
        System.out.println("int max + 1L = " + wideThenAdd + ", (long)(int max + 1) = " + addThenWide);
        long product = (long) imax * imax;
        long wrapped = imax * imax;
        System.out.println("(long) max * max = " + product + ", max * max widened = " + wrapped);
        System.out.println("int min as long / -1 = " + ((long) i(Integer.MIN_VALUE) / minusOne));
        long x = min;
        x /= minusOne;
        System.out.println("min /= -1 = " + x);
        x %= minusOne;
        System.out.println("%= -1 = " + x);
        long counter = max;
        counter++;
        System.out.println("max++ = " + counter);
        counter += i(-5);
        System.out.println("+= -5 = " + counter);
        long h = 17;
        for (int k = 0; k < 64; k++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
        }
        System.out.println("lcg " + h);
        System.out.println("unsigned compare " + Long.compareUnsigned(min, max) + " " + Long.compareUnsigned(minusOne, l(1)));
    }
}
