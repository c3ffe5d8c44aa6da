package shifts_bits;

/** Classic bit tricks implemented by hand and checked against the library helpers. */
public class BitTricks {
    static int popcount(int x) {
        x = x - ((x >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        x = (x + (x >>> 4)) & 0x0f0f0f0f;
        return (x * 0x01010101) >>> 24;
    }

    static int kernighan(long x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    static int reverseBits(int x) {
        int r = 0;
        for (int k = 0; k < 32; k++) {
            r = (r << 1) | (x & 1);
            x >>>= 1;
        }
        return r;
    }

    static int nextPowerOfTwo(int x) {
        x--;
        x |= x >> 1;
        x |= x >> 2;
        x |= x >> 4;
        x |= x >> 8;
        x |= x >> 16;
        return x + 1;
    }

    static long gray(long x) { return x ^ (x >>> 1); }

    static int signOf(int x) { return (x >> 31) | (-x >>> 31); }

    static int absNoBranch(int x) {
        int m = x >> 31;
        return (x + m) ^ m;
    }

    public static void main(String[] args) {
        int seed = 0x2545f491;
        boolean allMatch = true;
        for (int k = 0; k < 2000; k++) {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            if (popcount(seed) != Integer.bitCount(seed) || kernighan(seed & 0xffffffffL) != Integer.bitCount(seed)
                    || reverseBits(seed) != Integer.reverse(seed)) {
                allMatch = false;
                System.out.println("mismatch at " + seed);
            }
            if (k % 400 == 0) {
                System.out.println(seed + " pop " + popcount(seed) + " rev " + reverseBits(seed));
            }
        }
        System.out.println("all match " + allMatch);
        int[] sizes = {1, 2, 3, 5, 17, 1000, 1024, 1025, 65537, 0x40000000};
        for (int s : sizes) {
            System.out.println("npot " + s + " = " + nextPowerOfTwo(s));
        }
        for (long g = 0; g < 16; g++) {
            System.out.print(gray(g) + (g < 15 ? "," : "\n"));
        }
        int[] signs = {-5, 0, 7, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : signs) {
            System.out.println(v + " sign " + signOf(v) + " abs " + absNoBranch(v));
        }
        System.out.println("sign-extended kernighan " + kernighan(-5) + " masked " + kernighan(-5 & 0xffffffffL));
        System.out.println(kernighan(-1L) + " " + kernighan(Long.MIN_VALUE));
    }
}
