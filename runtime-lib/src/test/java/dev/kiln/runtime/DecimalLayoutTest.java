package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks {@link DecimalLayout} against the running JDK's {@code BigDecimal.toString()} and {@code toEngineeringString()}. */
class DecimalLayoutTest {
    private static void same(BigDecimal d) {
        String digits = d.unscaledValue().abs().toString();
        assertEquals(d.toString(), DecimalLayout.layout(true, d.signum(), digits, d.scale()), () -> "toString of " + d);
        assertEquals(d.toEngineeringString(), DecimalLayout.layout(false, d.signum(), digits, d.scale()), () -> "toEngineeringString of " + d);
    }

    @Test
    void likeTheJdk() {
        SplittableRandom random = new SplittableRandom(25);
        for (int i = 0; i < 200_000; i++) {
            BigInteger unscaled = switch (random.nextInt(4)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> BigInteger.valueOf(random.nextInt(-1000, 1000));
                case 2 -> BigInteger.valueOf(random.nextLong());
                default -> new BigInteger(random.nextInt(1, 200), new java.util.Random(random.nextLong()))
                        .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            };
            int scale = random.nextInt(8) == 0 ? random.nextInt() : random.nextInt(-40, 40);
            same(new BigDecimal(unscaled, scale));
        }
        for (int scale : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 2, 6, 7}) {
            same(new BigDecimal(BigInteger.ZERO, scale));
            same(new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), scale));
            same(new BigDecimal(BigInteger.valueOf(12345), scale));
        }
    }
}
