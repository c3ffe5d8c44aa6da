package arith_long;

/** 64-bit wrap-around, Long.MIN_VALUE edge cases, and long multiply beyond 2^63. */
public class LongOverflow {
    static long max = Long.MAX_VALUE;
    static long min = Long.MIN_VALUE;

    static long add(long a, long b) { return a + b; }
    static long mul(long a, long b) { return a * b; }
    static long neg(long a) { return -a; }

    public static void main(String[] args) {
        System.out.println("MAX = " + max);
        System.out.println("MIN = " + min);
        System.out.println("MAX+1 = " + add(max, 1));
        System.out.println("MIN-1 = " + add(min, -1));
        System.out.println("MAX*MAX = " + mul(max, max));
        System.out.println("MIN*MIN = " + mul(min, min));
        System.out.println("MIN*-1 = " + mul(min, -1));
        System.out.println("-MIN = " + neg(min));
        System.out.println("MIN == -MIN: " + (min == neg(min)));
        System.out.println("2^32*2^32 = " + mul(1L << 32, 1L << 32));
        System.out.println("0x1_0000_0001^2 = " + mul(0x100000001L, 0x100000001L));
        System.out.println("big product = " + mul(1234567890123L, 9876543210987L));
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.println(i + "! = " + f);
        }
        long fnv = 0xcbf29ce484222325L;
        String s = "Kiln compiles Java to WebAssembly";
        for (int i = 0; i < s.length(); i++) {
            fnv ^= s.charAt(i);
            fnv *= 0x100000001b3L;
        }
        System.out.println("fnv1a64 = " + fnv);
        System.out.println("hex = " + Long.toHexString(fnv));
        long lcg = 42;
        for (int i = 0; i < 8; i++) {
            lcg = lcg * 6364136223846793005L + 1442695040888963407L;
            System.out.println("lcg " + lcg);
        }
        System.out.println(Long.MAX_VALUE + 1 == Long.MIN_VALUE);
    }
}
