package dev.kiln.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Float and double literals: shortest, round-trip exact, and the same text on every JDK. */
class ShortestDecimalTest {
    @Test
    void formatsLikeJavaToStringWhereThatIsShortest() {
        assertEquals("1.0", ShortestDecimal.of(1f));
        assertEquals("0.1", ShortestDecimal.of(0.1f));
        assertEquals("0.001", ShortestDecimal.of(0.001));
        assertEquals("1.0E-4", ShortestDecimal.of(0.0001));
        assertEquals("1234567.0", ShortestDecimal.of(1234567.0));
        assertEquals("1.0E7", ShortestDecimal.of(1.0e7));
        assertEquals("-2.5E-10", ShortestDecimal.of(-2.5e-10));
        assertEquals("1.4E-45", ShortestDecimal.of(Float.MIN_VALUE));
        assertEquals("4.9E-324", ShortestDecimal.of(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E308", ShortestDecimal.of(Double.MAX_VALUE));
        assertEquals("-0.0", ShortestDecimal.of(-0.0f));
    }

    @Test
    void isShortestWhereJdk17WasNot() {
        // JDK 17's Float.toString gives 1.17549435E-38 and 1.50000005E10.
        assertEquals("1.1754944E-38", ShortestDecimal.of(Float.MIN_NORMAL));
        assertEquals("1.5E10", ShortestDecimal.of(1.5e10f));
    }

    @Test
    void readsBackToTheSameBits() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(Float.parseFloat(ShortestDecimal.of(f))));
            }
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(ShortestDecimal.of(d))));
            }
        }
    }
}
