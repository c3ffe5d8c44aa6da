package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link FormatSpecifierSyntax} against the regular expression JDK 17's {@code Formatter} parses with: for
 * each text, whether a specifier starts at its {@code %} (as {@code find(i)} with {@code start() == i}), where it
 * ends and where each of the six groups starts and ends.
 */
class FormatSpecifierSyntaxTest {
    private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?([-#+ 0,(\\<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");
    /** The characters that matter to the syntax, and a few that never do. */
    private static final String ALPHABET = "%0123456789$-#+ ,(<.tTdsxXfn%!_é\u0660";

    private static void same(String s) {
        Matcher m = SPECIFIER.matcher(s);
        int[] expected = null;
        if (m.find(0) && m.start() == 0) {
            expected = new int[14];
            for (int g = 0; g <= 6; g++) {
                expected[2 * g] = m.start(g);
                expected[2 * g + 1] = m.end(g);
            }
        }
        int[] groups = new int[14];
        int end = FormatSpecifierSyntax.scan(s, 0, groups);
        String what = "specifier \"" + s + "\"";
        if (expected == null) {
            assertEquals(-1, end, what + " is no specifier");
        } else {
            assertEquals(m.end(), end, what);
            assertEquals(Arrays.toString(expected), Arrays.toString(groups), what);
        }
    }

    @Test
    void likeTheRegularExpression() {
        for (String s : new String[] {"%", "%d", "%%", "%n", "%1$s", "%12d", "%0$d", "%00d", "%010d", "%-08.3f", "%t", "%t!",
                "%tY", "%TY", "%tt", "%Tt", "%t%", "%1$tY", "%<s", "%1$<s", "%,(d", "%.", "%.5", "%.x", "%5", "%1$", "%1$$",
                "%-", "%-0.", "% d", "%99999999999d", "%.99999999999f", "%99999999999$s", "%é", "%\u0660d", "%1\u0660$d"}) {
            same(s);
        }
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder("%");
            int length = random.nextInt(9);
            for (int k = 0; k < length; k++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            same(b.toString());
        }
    }

    @Test
    void atAnyPercentSign() {
        int[] groups = new int[14];
        assertEquals(9, FormatSpecifierSyntax.scan("ab %1$-5s cd", 3, groups));
        assertEquals("[3, 9, 4, 6, 6, 7, 7, 8, -1, -1, -1, -1, 8, 9]", Arrays.toString(groups));
    }
}
