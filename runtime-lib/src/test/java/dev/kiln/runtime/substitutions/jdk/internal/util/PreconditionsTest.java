package dev.kiln.runtime.substitutions.jdk.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The substitute's messages against the messages of the JDK running the test, through java.util.Objects. */
class PreconditionsTest {
    private static final int[][] INT_CASES = {{-1, 0, 0}, {0, 0, 0}, {5, 3, 4}, {99, 19, 19}, {-7, -2, 10},
            {Integer.MIN_VALUE, Integer.MAX_VALUE, 3}, {2, Integer.MAX_VALUE, 5}, {3, 1, -1}};

    @Test
    void checkIndex() {
        for (int[] c : INT_CASES) {
            if (c[0] >= 0 && c[0] < c[2]) continue;
            String jdk = assertThrows(IndexOutOfBoundsException.class, () -> Objects.checkIndex(c[0], c[2])).getMessage();
            assertEquals(jdk, Preconditions.outOfBoundsMessage("checkIndex", List.of(c[0], c[2])));
            long big = c[0] * 10_000_000_000L;
            String jdkLong = assertThrows(IndexOutOfBoundsException.class, () -> Objects.checkIndex(big, c[2])).getMessage();
            assertEquals(jdkLong, Preconditions.outOfBoundsMessage("checkIndex", List.of(big, (long) c[2])));
        }
    }

    @Test
    void checkFromToIndex() {
        for (int[] c : INT_CASES) {
            String jdk = assertThrows(IndexOutOfBoundsException.class,
                    () -> Objects.checkFromToIndex(c[0], c[1], c[2] - 100)).getMessage();
            assertEquals(jdk, Preconditions.outOfBoundsMessage("checkFromToIndex", List.of(c[0], c[1], c[2] - 100)));
            long to = c[1] - 20_000_000_000L;
            String jdkLong = assertThrows(IndexOutOfBoundsException.class,
                    () -> Objects.checkFromToIndex((long) c[0], to, (long) c[2])).getMessage();
            assertEquals(jdkLong, Preconditions.outOfBoundsMessage("checkFromToIndex", List.of((long) c[0], to, (long) c[2])));
        }
    }

    @Test
    void checkFromIndexSize() {
        for (int[] c : INT_CASES) {
            String jdk = assertThrows(IndexOutOfBoundsException.class,
                    () -> Objects.checkFromIndexSize(c[0], c[1], -5)).getMessage();
            assertEquals(jdk, Preconditions.outOfBoundsMessage("checkFromIndexSize", List.of(c[0], c[1], -5)));
            long size = c[1] + 30_000_000_000L;
            String jdkLong = assertThrows(IndexOutOfBoundsException.class,
                    () -> Objects.checkFromIndexSize((long) c[0], size, (long) c[2])).getMessage();
            assertEquals(jdkLong, Preconditions.outOfBoundsMessage("checkFromIndexSize", List.of((long) c[0], size, (long) c[2])));
        }
    }

    @Test
    void otherKindsAndArities() {
        // What jdk.internal.util.Preconditions.outOfBoundsExceptionFormatter's exceptions say for a kind or an
        // argument count it does not know (checked against JDK 17 and 25 with --add-exports).
        assertEquals("Range check failed", Preconditions.outOfBoundsMessage(null, null));
        assertEquals("Range check failed: [1, 2]", Preconditions.outOfBoundsMessage(null, List.of(1, 2)));
        assertEquals("Range check failed: checkIndex", Preconditions.outOfBoundsMessage("checkIndex", null));
        assertEquals("Range check failed: checkIndex [1, 2, 3]", Preconditions.outOfBoundsMessage("checkIndex", List.of(1, 2, 3)));
        assertEquals("Range check failed: checkFromToIndex [1]", Preconditions.outOfBoundsMessage("checkFromToIndex", List.of(1)));
        assertEquals("Range check failed: other [4, 5]", Preconditions.outOfBoundsMessage("other", List.of(4, 5)));
        assertEquals("Range check failed: other []", Preconditions.outOfBoundsMessage("other", List.of()));
    }
}
