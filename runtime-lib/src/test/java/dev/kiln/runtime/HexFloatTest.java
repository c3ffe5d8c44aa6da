package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks {@link HexFloat} against the JDK's {@code toHexString}. */
class HexFloatTest {
    @Test
    void matchesTheJdk() {
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(i < 1000 ? i : random.nextLong());
            assertEquals(Double.toHexString(d), HexFloat.toHexString(d));
            float f = Float.intBitsToFloat(i < 1000 ? i : random.nextInt());
            assertEquals(Float.toHexString(f), HexFloat.toHexString(f));
        }
        for (double d : new double[] {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0.1}) {
            assertEquals(Double.toHexString(d), HexFloat.toHexString(d));
            assertEquals(Float.toHexString((float) d), HexFloat.toHexString((float) d));
        }
    }
}
