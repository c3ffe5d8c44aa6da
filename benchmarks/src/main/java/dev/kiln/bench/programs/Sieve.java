package dev.kiln.bench.programs;

/** The sieve of Eratosthenes up to two million: array stores and loads in tight loops. */
public final class Sieve {
    private Sieve() {
    }

    static long count(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int primes = 0;
        for (int i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            primes++;
            for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
        }
        return primes;
    }

    public static void main(String[] args) {
        Bench.run("sieve", args, 10, 148_933, () -> count(2_000_000));
    }
}
