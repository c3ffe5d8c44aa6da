package dev.kiln.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {
    private static final String OUTPUT = "b0:\n  v1 = phi\n  goto b1\nb1:\n  return v1\n";

    @Test
    void checksMatchInOrder() {
        assertNull(new Checks("; check: b0:\n; check: goto b1\n; check: return").mismatch(OUTPUT));
        assertEquals("line 2: 'check: b0:' not found after output line 3",
                new Checks("; check: goto b1\n; check: b0:").mismatch(OUTPUT));
    }

    @Test
    void checkNotCoversOnlyTheRegionBetweenItsNeighbours() {
        assertNull(new Checks("; check: b1:\n; check-not: phi").mismatch(OUTPUT));
        assertEquals("line 2: 'check-not: phi' matched output line 2:   v1 = phi",
                new Checks("; check: b0:\n; check-not: phi\n; check: b1:").mismatch(OUTPUT));
    }

    @Test
    void misspelledDirectivesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> new Checks("; checks: b0"));
    }
}
