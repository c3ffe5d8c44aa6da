package streams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Where streams come from: Stream.of/ofNullable/empty/iterate (two and three arguments)/generate/concat/
 * builder, Arrays.stream of every array kind and of ranges, collections, Map.entrySet, Optional.stream,
 * BitSet.stream, and text: String.chars, codePoints (with surrogate pairs and unpaired surrogates),
 * lines (every terminator), StringBuilder.chars/codePoints; sequentially and in parallel.
 */
public class SourcesAndText {
    static String show(IntStream s) {
        return Arrays.toString(s.toArray());
    }

    static void text(String label, boolean parallel) {
        String s = "Kiln \u00e9t\u00e9 \ud83d\ude00!\ud800x";
        IntStream chars = parallel ? s.chars().parallel() : s.chars();
        System.out.println(label + " chars " + show(chars));
        IntStream points = parallel ? s.codePoints().parallel() : s.codePoints();
        System.out.println(label + " codePoints " + show(points));
        System.out.println(label + " latin1 codePoints " + show(parallel ? "caf\u00e9".codePoints().parallel() : "caf\u00e9".codePoints()));
        System.out.println(label + " upper letters " + (parallel ? s.chars().parallel() : s.chars()).filter(Character::isLetter)
                .map(Character::toUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        String poem = "one\ntwo\r\nthree\rfour\n\nsix\n";
        Stream<String> lines = parallel ? poem.lines().parallel() : poem.lines();
        System.out.println(label + " lines " + lines.map(l -> "[" + l + "]").collect(Collectors.joining()));
        System.out.println(label + " line count " + poem.lines().count() + " " + "".lines().count() + " " + "x".lines().count()
                + " " + "\n".lines().count() + " " + "a\r".lines().count());
        StringBuilder sb = new StringBuilder("ab\ud83d\ude00c");
        System.out.println(label + " builder " + show(sb.chars()) + " " + show(sb.codePoints()));
        Map<Character, Long> letters = (parallel ? "mississippi".chars().parallel() : "mississippi".chars())
                .mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println(label + " letter counts " + letters);
    }

    public static void main(String[] args) {
        System.out.println("of " + Stream.of(1, 2, 3).collect(Collectors.toList()) + " single " + Stream.of("x").collect(Collectors.toList())
                + " ofNullable " + Stream.ofNullable(null).count() + Stream.ofNullable("y").count() + " empty " + Stream.empty().count());
        System.out.println("iterate " + Stream.iterate("a", x -> x + "b").limit(4).collect(Collectors.toList())
                + " bounded " + Stream.iterate(1, i -> i < 200, i -> i * 3).collect(Collectors.toList()));
        int[] n = {0};
        System.out.println("generate " + Stream.generate(() -> "g" + n[0]++).limit(3).collect(Collectors.toList()));
        System.out.println("concat " + Stream.concat(Stream.of("x", "y"), Stream.of("z")).collect(Collectors.toList()));
        Stream.Builder<String> b = Stream.builder();
        b.add("p").add("q").accept("r");
        System.out.println("builder " + b.build().collect(Collectors.joining("-")));
        try {
            b.add("late");
        } catch (IllegalStateException e) {
            System.out.println("builder after build: IllegalStateException");
        }
        System.out.println("arrays int " + show(Arrays.stream(new int[] {4, 5, 6, 7}, 1, 3)) + " long "
                + Arrays.stream(new long[] {1L << 40, 2}).sum() + " double " + Arrays.stream(new double[] {0.5, 0.25}).sum()
                + " objects " + Arrays.stream(new String[] {"u", "v", "w"}, 1, 3).collect(Collectors.toList()));
        List<Integer> list = new ArrayList<>(List.of(9, 8, 7));
        System.out.println("collection " + list.stream().map(i -> i + 1).collect(Collectors.toList()) + " parallel "
                + list.parallelStream().map(i -> i * 2).collect(Collectors.toList()));
        Map<String, Integer> map = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        System.out.println("entries " + map.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toList()) + " values " + map.values().stream().mapToInt(Integer::intValue).sum());
        System.out.println("optional " + Optional.of(5).stream().count() + Optional.empty().stream().count());
        BitSet bits = new BitSet();
        bits.set(3);
        bits.set(64);
        bits.set(100, 104);
        System.out.println("bitset " + show(bits.stream()));
        System.out.println("char range " + IntStream.rangeClosed('a', 'e').mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        text("seq", false);
        text("par", true);
    }
}
