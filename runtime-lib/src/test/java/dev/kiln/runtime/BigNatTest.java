package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks {@link BigNat} against {@link BigInteger}. */
class BigNatTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void arithmeticMatchesBigInteger() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            long start = random.nextLong();
            BigNat n = BigNat.of(start);
            BigInteger expected = new BigInteger(Long.toUnsignedString(start));
            int p = random.nextInt(0, 60);
            n.mulPow10(p);
            expected = expected.multiply(BigInteger.TEN.pow(p));
            int s = random.nextInt(0, 200);
            n.shiftLeft(s);
            expected = expected.shiftLeft(s);
            long m = random.nextLong(0, 1L << 32);
            long a = random.nextLong(0, 1L << 32);
            n.mulAdd(m, a);
            expected = expected.multiply(BigInteger.valueOf(m)).add(BigInteger.valueOf(a));
            assertEquals(expected.bitLength(), n.bitLength());
            int from = random.nextInt(0, Math.max(1, expected.bitLength() + 10));
            assertEquals(expected.shiftRight(from).mod(TWO_64).longValue(), n.bitsAt(from));
            int low = random.nextInt(0, expected.bitLength() + 40);
            assertEquals(expected.mod(BigInteger.ONE.shiftLeft(low)).signum() == 0, n.lowBitsZero(low));
        }
    }

    @Test
    void divisionMatchesBigInteger() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 5_000; i++) {
            BigNat den = BigNat.of(random.nextLong(1, Long.MAX_VALUE));
            BigInteger d = new BigInteger(Long.toString(denValue(den)));
            int p = random.nextInt(0, 40);
            den.mulPow10(p);
            d = d.multiply(BigInteger.TEN.pow(p));
            long quotient = random.nextLong();
            BigInteger q = new BigInteger(Long.toUnsignedString(quotient));
            BigInteger r = new BigInteger(d.bitLength(), new java.util.Random(random.nextLong())).mod(d);
            BigInteger numerator = q.multiply(d).add(r);
            BigNat num = fromBigInteger(numerator);
            assertEquals(quotient, BigNat.divide(num, den, 64));
            assertEquals(r.signum() == 0, num.isZero());
            assertEquals(0, num.compareTo(fromBigInteger(r)));
        }
    }

    private static long denValue(BigNat n) {
        return n.bitsAt(0);
    }

    private static BigNat fromBigInteger(BigInteger v) {
        BigNat n = BigNat.of(0);
        byte[] bytes = v.toByteArray();
        for (byte b : bytes) {
            n.mulAdd(256, b & 0xFF);
        }
        return n;
    }
}
