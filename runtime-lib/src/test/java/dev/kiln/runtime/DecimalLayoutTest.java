package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalLayoutTest {
    private static void check(BigDecimal d) {
        String digits = d.unscaledValue().abs().toString();
        boolean negative = d.signum() < 0;
        assertEquals(d.toString(), DecimalLayout.layout(digits, negative, d.scale(), false), "toString " + d);
        assertEquals(d.toEngineeringString(), DecimalLayout.layout(digits, negative, d.scale(), true),
                "toEngineeringString " + d);
    }

    @Test
    void matchesBigDecimal() {
        long[] unscaled = {0, 1, -1, 5, 12, -123, 1000, 99999, 1234567, -2147483648L, Long.MAX_VALUE, Long.MIN_VALUE};
        int[] scales = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 20, -1, -2, -3, -4, -5, -6, -7, 100, -100,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1};
        for (long u : unscaled) {
            for (int s : scales) {
                check(BigDecimal.valueOf(u, s));
                check(new BigDecimal(BigInteger.valueOf(u).multiply(BigInteger.TEN.pow(20)).add(BigInteger.valueOf(u)), s));
            }
        }
        Random random = new Random(25);
        for (int i = 0; i < 200_000; i++) {
            BigInteger u = new BigInteger(1 + random.nextInt(random.nextBoolean() ? 20 : 200), random);
            if (random.nextBoolean()) u = u.negate();
            int s = random.nextInt(5) == 0 ? random.nextInt() : random.nextInt(60) - 30;
            check(new BigDecimal(u, s));
        }
    }
}
