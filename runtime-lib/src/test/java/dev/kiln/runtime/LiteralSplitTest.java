package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks {@link LiteralSplit} against {@code String.split} (a {@code Pattern}'s split) on random texts. */
class LiteralSplitTest {
    private static final String[] REGEXES = {",", "a", " ", "\\.", "\\+", "\\\\", " +", ",+", "a+", "\\.+", "\\\\+", "\\++"};

    @Test
    void likeStringSplit() {
        SplittableRandom random = new SplittableRandom(4);
        String alphabet = "a, .+\\b";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(10);
            for (int k = 0; k < length; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            String regex = REGEXES[random.nextInt(REGEXES.length)];
            int limit = random.nextInt(-1, 4);
            assertEquals(Arrays.toString(s.split(regex, limit)), Arrays.toString(LiteralSplit.split(s, regex, limit)),
                    () -> "\"" + s + "\".split(\"" + regex + "\", " + limit + ")");
            assertEquals(Arrays.toString(s.split(regex)), Arrays.toString(LiteralSplit.split(s, regex)),
                    () -> "\"" + s + "\".split(\"" + regex + "\")");
        }
    }
}
