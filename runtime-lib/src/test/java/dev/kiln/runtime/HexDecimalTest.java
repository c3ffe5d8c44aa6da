package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HexDecimalTest {
    /** {@code FDBigInteger.toString()} is {@code new BigInteger(toHexString(), 16).toString()} (checked on JDK 17). */
    @Test
    void hexToDecimalMatchesBigInteger() {
        for (String hex : new String[] {"0", "00000000", "1", "f", "F", "0000000a", "ffffffff", "100000000", "3b9aca00", "de0b6b3a7640000"}) {
            assertEquals(new BigInteger(hex, 16).toString(), HexDecimal.toDecimal(hex), hex);
        }
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            BigInteger value = new BigInteger(1 + random.nextInt(1200), random);
            String hex = "0".repeat(random.nextInt(9)) + value.toString(16);
            assertEquals(value.toString(), HexDecimal.toDecimal(hex), hex);
        }
    }
}
