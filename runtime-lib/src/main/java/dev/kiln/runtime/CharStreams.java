package dev.kiln.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The stream views of text: {@code String.chars()}, {@code codePoints()} and {@code lines()}, and
 * {@code CharSequence}'s {@code chars()} and {@code codePoints()}. Here rather than in {@code java.lang} so
 * that the tests can compare them with the JDK's, elements and spliterator characteristics alike (the
 * characteristics decide what a stream may skip: {@code count()} of a sized stream runs no {@code peek}).
 * A string's streams are sized and immutable where the JDK's are, which is where the JDK stores the
 * string as Latin-1 (every char at most U+00FF; {@code chars()} always); a {@code CharSequence}'s binds to
 * the sequence's content when the terminal operation starts, as the JDK's do.
 */
public final class CharStreams {
    private CharStreams() {
    }

    /** The chars of {@code text}, zero-extended: ordered, sized, immutable. */
    public static IntStream chars(char[] text) {
        return StreamSupport.intStream(Spliterators.spliterator(zeroExtended(text), Spliterator.ORDERED | Spliterator.IMMUTABLE), false);
    }

    /**
     * The code points of {@code text}, an unpaired surrogate as itself: ordered and immutable, and sized when
     * every char is at most U+00FF.
     */
    public static IntStream codePoints(char[] text) {
        if (isLatin1(text)) {
            return chars(text);
        }
        return StreamSupport.intStream(new CodePointSpliterator(codePointsOf(text), text.length,
                Spliterator.ORDERED | Spliterator.IMMUTABLE), false);
    }

    /**
     * The lines of {@code s}: the text before each line terminator ({@code \n}, {@code \r} or {@code \r\n}),
     * and the text after the last one if not empty. Ordered, immutable, non-null, not sized.
     */
    public static Stream<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(start, i));
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(s.substring(start, n));
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines.iterator(),
                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL), false);
    }

    /** {@code CharSequence.chars()}: the chars the sequence holds when the terminal operation starts; ordered, sized. */
    public static IntStream chars(CharSequence cs) {
        return StreamSupport.intStream(new Supplier<Spliterator.OfInt>() {
            @Override
            public Spliterator.OfInt get() {
                return Spliterators.spliterator(zeroExtended(snapshot(cs)), Spliterator.ORDERED);
            }
        }, Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED, false);
    }

    /**
     * {@code CharSequence.codePoints()}: the code points the sequence holds when the terminal operation starts;
     * ordered. (The JDK's {@code StringBuilder} reports its spliterator sized when it holds Latin-1 text; this
     * one never is. The stream is not sized either way.)
     */
    public static IntStream codePoints(CharSequence cs) {
        return StreamSupport.intStream(new Supplier<Spliterator.OfInt>() {
            @Override
            public Spliterator.OfInt get() {
                char[] text = snapshot(cs);
                return new CodePointSpliterator(codePointsOf(text), text.length, Spliterator.ORDERED);
            }
        }, Spliterator.ORDERED, false);
    }

    private static char[] snapshot(CharSequence cs) {
        char[] text = new char[cs.length()];
        for (int i = 0; i < text.length; i++) {
            text[i] = cs.charAt(i);
        }
        return text;
    }

    private static boolean isLatin1(char[] text) {
        for (char c : text) {
            if (c > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static int[] zeroExtended(char[] text) {
        int[] values = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            values[i] = text[i];
        }
        return values;
    }

    private static int[] codePointsOf(char[] text) {
        int[] points = new int[Character.codePointCount(text, 0, text.length)];
        int n = 0;
        for (int i = 0; i < text.length; ) {
            int cp = Character.codePointAt(text, i, text.length);
            points[n++] = cp;
            i += Character.charCount(cp);
        }
        return points;
    }

    /**
     * Code points, not sized: the estimate is the number of chars they came from, an upper bound; a split
     * takes the first half of what is left.
     */
    private static final class CodePointSpliterator implements Spliterator.OfInt {
        private final int[] points;
        private final int characteristics;
        private int index;
        private final int fence;
        private long estimate;

        CodePointSpliterator(int[] points, long estimate, int characteristics) {
            this(points, 0, points.length, estimate, characteristics);
        }

        private CodePointSpliterator(int[] points, int index, int fence, long estimate, int characteristics) {
            this.points = points;
            this.index = index;
            this.fence = fence;
            this.estimate = estimate;
            this.characteristics = characteristics;
        }

        @Override
        public OfInt trySplit() {
            int mid = (index + fence) >>> 1;
            if (mid <= index) {
                return null;
            }
            int lo = index;
            index = mid;
            estimate >>>= 1;
            return new CodePointSpliterator(points, lo, mid, estimate, characteristics);
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (index >= fence) {
                return false;
            }
            action.accept(points[index++]);
            return true;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            while (index < fence) {
                action.accept(points[index++]);
            }
        }

        @Override
        public long estimateSize() {
            return estimate;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }
}
