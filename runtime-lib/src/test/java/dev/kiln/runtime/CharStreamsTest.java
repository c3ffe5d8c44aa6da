package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link CharStreams} against the JDK's {@code String.chars()}, {@code codePoints()}, {@code lines()} and
 * {@code CharSequence}'s defaults: the elements, sequentially and in parallel, the spliterator's
 * characteristics, and what {@code count()} runs.
 */
class CharStreamsTest {
    private static final char[] INTERESTING = {'a', 'Z', ' ', '\n', '\r', '\u00e9', '\u00ff', '\u0100', '\u20ac',
        '\ud83d', '\ude00', '\ud800', '\udfff', '\uffff'};

    /** A CharSequence that is no String or StringBuilder, so that it has the interface's default streams. */
    private record Text(String s) implements CharSequence {
        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Text(s.substring(start, end));
        }

        @Override
        public String toString() {
            return s;
        }
    }

    private static String random(SplittableRandom random) {
        char[] a = new char[random.nextInt(0, 12)];
        for (int j = 0; j < a.length; j++) {
            a[j] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
        return new String(a);
    }

    private static void same(IntStream jdk, IntStream kiln, String what) {
        assertArrayEquals(jdk.toArray(), kiln.toArray(), what);
    }

    @Test
    void elementsAndCharacteristicsLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 20_000; i++) {
            String s = random(random);
            String what = s.chars().mapToObj(c -> Integer.toHexString(c)).collect(Collectors.joining(" "));
            char[] text = s.toCharArray();
            Text seq = new Text(s);
            same(s.chars(), CharStreams.chars(text), "chars " + what);
            same(s.codePoints(), CharStreams.codePoints(text), "codePoints " + what);
            same(s.chars().parallel(), CharStreams.chars(text).parallel(), "parallel chars " + what);
            same(s.codePoints().parallel(), CharStreams.codePoints(text).parallel(), "parallel codePoints " + what);
            same(seq.chars(), CharStreams.chars(seq), "sequence chars " + what);
            same(seq.codePoints(), CharStreams.codePoints(seq), "sequence codePoints " + what);
            assertEquals(s.lines().collect(Collectors.toList()), CharStreams.lines(s).collect(Collectors.toList()), "lines " + what);
            assertEquals(s.chars().spliterator().characteristics(), CharStreams.chars(text).spliterator().characteristics(), what);
            assertEquals(s.codePoints().spliterator().characteristics(), CharStreams.codePoints(text).spliterator().characteristics(), what);
            assertEquals(s.lines().spliterator().characteristics(), CharStreams.lines(s).spliterator().characteristics(), what);
            assertEquals(seq.chars().spliterator().characteristics(), CharStreams.chars(seq).spliterator().characteristics(), what);
            assertEquals(seq.codePoints().spliterator().characteristics(), CharStreams.codePoints(seq).spliterator().characteristics(), what);
        }
    }

    @Test
    void linesAtEveryKindOfTerminator() {
        for (String s : List.of("", "\n", "\r\n", "\n\r", "a", "a\n", "a\r\nb", "a\r\rb\n\n", "\r\r\n\n x \r")) {
            assertEquals(s.lines().collect(Collectors.toList()), CharStreams.lines(s).collect(Collectors.toList()), s);
        }
    }

    /** count() of a sized stream skips the pipeline: which streams are sized decides whether peek runs. */
    @Test
    void countRunsPeekWhereTheJdkDoes() {
        for (String s : List.of("abc", "caf\u00e9", "\u20ac1", "x\ud83d\ude00")) {
            int[] jdk = {0};
            int[] kiln = {0};
            s.codePoints().peek(c -> jdk[0]++).count();
            CharStreams.codePoints(s.toCharArray()).peek(c -> kiln[0]++).count();
            assertEquals(jdk[0], kiln[0], s);
            s.chars().peek(c -> jdk[0]++).count();
            CharStreams.chars(s.toCharArray()).peek(c -> kiln[0]++).count();
            s.lines().peek(c -> jdk[0]++).count();
            CharStreams.lines(s).peek(c -> kiln[0]++).count();
            new Text(s).chars().peek(c -> jdk[0]++).count();
            CharStreams.chars(new Text(s)).peek(c -> kiln[0]++).count();
            new Text(s).codePoints().peek(c -> jdk[0]++).count();
            CharStreams.codePoints(new Text(s)).peek(c -> kiln[0]++).count();
            assertEquals(jdk[0], kiln[0], s);
        }
    }
}
