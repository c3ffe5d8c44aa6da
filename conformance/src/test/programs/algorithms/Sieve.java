package algorithms;

/** Sieve of Eratosthenes over booleans and over a packed long bitset, with prime counts and gaps. */
public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = true;
        composite[1] = true;
        for (int p = 2; (long) p * p <= n; p++) {
            if (!composite[p]) {
                for (int m = p * p; m <= n; m += p) composite[m] = true;
            }
        }
        return composite;
    }

    static long[] bitSieve(int n) {
        long[] bits = new long[(n >> 6) + 1];
        bits[0] |= 3L;
        for (int p = 2; (long) p * p <= n; p++) {
            if ((bits[p >> 6] & (1L << p)) == 0) {
                for (int m = p * p; m <= n; m += p) bits[m >> 6] |= 1L << m;
            }
        }
        return bits;
    }

    public static void main(String[] args) {
        int n = 200000;
        boolean[] composite = sieve(n);
        long[] bits = bitSieve(n);
        int count = 0;
        int bitCount = 0;
        int maxGap = 0;
        int gapStart = 0;
        int last = 2;
        long sum = 0;
        StringBuilder first = new StringBuilder();
        for (int k = 2; k <= n; k++) {
            if (!composite[k]) {
                count++;
                sum += k;
                if (count <= 25) first.append(k).append(' ');
                if (k - last > maxGap) {
                    maxGap = k - last;
                    gapStart = last;
                }
                last = k;
            }
            if ((bits[k >> 6] & (1L << k)) == 0) bitCount++;
        }
        System.out.println(first);
        System.out.println("primes up to " + n + ": " + count + " (bitset " + bitCount + ")");
        System.out.println("sum " + sum + " largest " + last);
        System.out.println("max gap " + maxGap + " after " + gapStart);
        int[] checkpoints = {10, 100, 1000, 10000, 100000};
        for (int c : checkpoints) {
            int pi = 0;
            for (int k = 2; k <= c; k++) if (!composite[k]) pi++;
            System.out.println("pi(" + c + ") = " + pi);
        }
        int twins = 0;
        for (int k = 3; k + 2 <= n; k += 2) if (!composite[k] && !composite[k + 2]) twins++;
        System.out.println("twin pairs " + twins);
    }
}
