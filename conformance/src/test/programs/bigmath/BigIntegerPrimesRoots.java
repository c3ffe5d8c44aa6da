package bigmath;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * BigInteger number theory: isProbablePrime on known primes, Carmichael numbers and large composites
 * (certainties of 50 and more make the answers deterministic in practice; a certainty of 1 runs a single
 * Miller-Rabin round with a random base, which a composite passes by chance, on the JVM too), certainty 0,
 * nextProbablePrime sequences, probablePrime and the random constructor with a seeded Random (the same
 * numbers as the JVM's), sqrt and sqrtAndRemainder with the negative-argument message, and pow/multiply
 * identities.
 */
public class BigIntegerPrimesRoots {
    public static void main(String[] args) {
        String[] candidates = {"2", "3", "4", "97", "561", "1105", "7919", "1000000007", "1000000009", "4294967297", "2305843009213693951",
            "170141183460469231731687303715884105727", "170141183460469231731687303715884105729", "1", "0", "-7"};
        for (String c : candidates) {
            BigInteger v = new BigInteger(c);
            System.out.println(c + " prime? " + v.isProbablePrime(50) + " " + v.isProbablePrime(100) + " " + v.isProbablePrime(0));
        }
        List<BigInteger> primes = new ArrayList<>();
        BigInteger p = BigInteger.valueOf(1_000_000_000_000L);
        for (int i = 0; i < 5; i++) {
            p = p.nextProbablePrime();
            primes.add(p);
        }
        System.out.println("next primes " + primes);
        System.out.println("next after 0 " + BigInteger.ZERO.nextProbablePrime() + " after 2^89 " + BigInteger.TWO.pow(89).nextProbablePrime());
        try {
            BigInteger.valueOf(-1).nextProbablePrime();
        } catch (ArithmeticException e) {
            System.out.println("nextProbablePrime negative: " + e.getMessage());
        }
        Random seeded = new Random(42);
        System.out.println("random bits " + new BigInteger(100, seeded) + " " + new BigInteger(64, seeded));
        BigInteger rp = BigInteger.probablePrime(64, new Random(7));
        System.out.println("probablePrime " + rp + " bits " + rp.bitLength() + " prime " + rp.isProbablePrime(100));
        BigInteger cp = new BigInteger(80, 20, new Random(11));
        System.out.println("ctor prime " + cp + " bits " + cp.bitLength());
        BigInteger[] roots = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(15), BigInteger.valueOf(16), new BigInteger("123456789012345678901234567890"),
            BigInteger.TEN.pow(101), BigInteger.TWO.pow(1001)};
        for (BigInteger r : roots) {
            BigInteger[] sr = r.sqrtAndRemainder();
            System.out.println("sqrt " + r + " = " + r.sqrt() + " rem " + sr[1] + " check " + sr[0].multiply(sr[0]).add(sr[1]).equals(r));
        }
        try {
            BigInteger.valueOf(-4).sqrt();
        } catch (ArithmeticException e) {
            System.out.println("sqrt negative: " + e.getMessage());
        }
        BigInteger mersenne = BigInteger.TWO.pow(127).subtract(BigInteger.ONE);
        System.out.println("M127 prime " + mersenne.isProbablePrime(20) + " M128 prime " + BigInteger.TWO.pow(128).subtract(BigInteger.ONE).isProbablePrime(20));
    }
}
