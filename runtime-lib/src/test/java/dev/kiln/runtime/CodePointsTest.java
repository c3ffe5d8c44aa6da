package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks {@link CodePoints} against the JDK's {@code Character.offsetByCodePoints(char[], ...)}. */
class CodePointsTest {
    private static String outcome(char[] a, int start, int count, int index, int offset, boolean kiln) {
        try {
            return Integer.toString(kiln ? CodePoints.offsetByCodePoints(a, start, count, index, offset)
                    : Character.offsetByCodePoints(a, start, count, index, offset));
        } catch (IndexOutOfBoundsException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void offsetByCodePointsLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(31);
        char[] interesting = {'a', '\ud800', '\udbff', '\udc00', '\udfff', '\uffff'};
        for (int i = 0; i < 200_000; i++) {
            char[] a = new char[random.nextInt(0, 8)];
            for (int j = 0; j < a.length; j++) {
                a[j] = interesting[random.nextInt(interesting.length)];
            }
            int start = random.nextInt(-1, a.length + 2);
            int count = random.nextInt(-1, a.length + 2);
            int index = random.nextInt(-1, a.length + 2);
            int offset = random.nextInt(-9, 10);
            assertEquals(outcome(a, start, count, index, offset, false), outcome(a, start, count, index, offset, true),
                    () -> new String(a) + " " + start + " " + count + " " + index + " " + offset);
        }
    }

    @Test
    void extremeArguments() {
        char[] a = {'x', '\ud83d', '\ude00', 'y'};
        int[] values = {Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, 5, Integer.MAX_VALUE};
        for (int start : values) {
            for (int count : values) {
                for (int index : values) {
                    for (int offset : values) {
                        assertEquals(outcome(a, start, count, index, offset, false), outcome(a, start, count, index, offset, true));
                    }
                }
            }
        }
    }
}
