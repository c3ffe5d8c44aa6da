package dev.kiln.bench.programs;

import java.math.BigInteger;

/** Big-integer arithmetic: 1,500! by multiplication, the 20,000th Fibonacci number by addition, 3^65537 modulo 1,500! + 1, a remainder. */
public final class BigIntegers {
    private BigIntegers() {
    }

    static long compute() {
        BigInteger factorial = BigInteger.ONE;
        for (int i = 2; i <= 1_500; i++) factorial = factorial.multiply(BigInteger.valueOf(i));
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < 20_000; i++) {
            BigInteger next = a.add(b);
            a = b;
            b = next;
        }
        BigInteger power = BigInteger.valueOf(3).modPow(BigInteger.valueOf(65_537), factorial.add(BigInteger.ONE));
        return factorial.bitLength() * 31L + a.bitLength() + power.longValue() + factorial.mod(BigInteger.valueOf(1_000_003)).longValue();
    }

    public static void main(String[] args) {
        Bench.run("big-integers", args, 10, EXPECTED, BigIntegers::compute);
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = 4_138_572_551_809_084_987L;
}
