package bigmath;

import java.math.BigInteger;

/**
 * Modular arithmetic of BigInteger: mod, modPow with positive, zero and negative exponents (odd and even
 * moduli, one modulus of 2^k), modInverse and its "not invertible" message, gcd including zero and
 * negative operands, an RSA round trip with fixed primes, and Fermat checks.
 */
public class BigIntegerModular {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BigInteger m1 = BigInteger.valueOf(1_000_000_007);
        BigInteger m2 = BigInteger.ONE.shiftLeft(64);
        BigInteger m3 = new BigInteger("1000000000000000000000000000057");
        BigInteger m4 = BigInteger.valueOf(360);
        BigInteger[] bases = {BigInteger.valueOf(2), BigInteger.valueOf(-3), new BigInteger("987654321987654321987654321"), BigInteger.ZERO};
        BigInteger[] exps = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(65537), new BigInteger("123456789123456789")};
        for (BigInteger m : new BigInteger[] {m1, m2, m3, m4}) {
            for (BigInteger b : bases) {
                StringBuilder sb = new StringBuilder("mod " + m + " base " + b + ":");
                for (BigInteger e : exps) {
                    sb.append(' ').append(b.modPow(e, m));
                }
                System.out.println(sb + " mod " + b.mod(m));
            }
        }
        attempt("modPow negative exp", () -> BigInteger.valueOf(3).modPow(BigInteger.valueOf(-2), m1));
        attempt("modPow negative exp not invertible", () -> BigInteger.valueOf(6).modPow(BigInteger.valueOf(-1), m4));
        attempt("modPow zero modulus", () -> BigInteger.TWO.modPow(BigInteger.ONE, BigInteger.ZERO));
        attempt("modPow modulus one", () -> BigInteger.TWO.modPow(BigInteger.TEN, BigInteger.ONE));
        attempt("modInverse", () -> BigInteger.valueOf(3).modInverse(m1));
        attempt("modInverse negative", () -> BigInteger.valueOf(-3).modInverse(BigInteger.valueOf(11)));
        attempt("modInverse even modulus", () -> BigInteger.valueOf(7).modInverse(m2));
        attempt("modInverse not invertible", () -> BigInteger.valueOf(12).modInverse(m4));
        attempt("modInverse negative modulus", () -> BigInteger.valueOf(3).modInverse(BigInteger.valueOf(-7)));
        attempt("mod zero", () -> BigInteger.TEN.mod(BigInteger.ZERO));
        BigInteger[][] gcds = {{BigInteger.valueOf(48), BigInteger.valueOf(18)}, {BigInteger.valueOf(-48), BigInteger.valueOf(18)},
            {BigInteger.ZERO, BigInteger.valueOf(-5)}, {BigInteger.ZERO, BigInteger.ZERO},
            {new BigInteger("123456789012345678901234567890"), new BigInteger("987654321098765432109876543210")},
            {BigInteger.TWO.pow(200), BigInteger.TWO.pow(150).multiply(BigInteger.valueOf(3))}};
        for (BigInteger[] g : gcds) {
            System.out.println("gcd(" + g[0] + ", " + g[1] + ") = " + g[0].gcd(g[1]));
        }
        BigInteger p = new BigInteger("170141183460469231731687303715884105727");
        BigInteger q = new BigInteger("2305843009213693951");
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        BigInteger message = new BigInteger("42424242424242424242");
        BigInteger cipher = message.modPow(e, n);
        System.out.println("rsa d " + d + " cipher " + cipher + " decrypted " + cipher.modPow(d, n) + " ok " + cipher.modPow(d, n).equals(message));
        System.out.println("fermat " + BigInteger.TWO.modPow(p.subtract(BigInteger.ONE), p) + " " + BigInteger.valueOf(3).modPow(q.subtract(BigInteger.ONE), q));
    }
}
