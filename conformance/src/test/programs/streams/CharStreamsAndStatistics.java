package streams;

import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.DoubleSummaryStatistics;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.DoubleStream;

/**
 * String.chars()/codePoints() streams (surrogate pairs as one code point, frequency tables, filtering
 * letters and digits, rebuilding strings with appendCodePoint), and summaryStatistics of IntStream.range,
 * LongStream and DoubleStream (empty statistics' min/max sentinels, combine, accept, toString).
 */
public class CharStreamsAndStatistics {
    public static void main(String[] args) {
        String text = "Kiln compiles Java 17 to Wasm \ud83d\ude00!";
        System.out.println("chars " + text.chars().count() + " codePoints " + text.codePoints().count());
        System.out.println("letters " + text.chars().filter(Character::isLetter).count() + " digits " + text.chars().filter(Character::isDigit).count()
                + " upper " + text.codePoints().filter(Character::isUpperCase).mapToObj(Character::toString).collect(Collectors.joining()));
        Map<Character, Long> freq = text.toLowerCase().chars().filter(Character::isLetter).mapToObj(c -> (char) c)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println("frequencies " + freq);
        String reversed = text.codePoints().boxed().reduce(new StringBuilder(), (sb, cp) -> sb.insert(0, Character.toChars(cp)), (x, y) -> x).toString();
        System.out.println("reversed by code point " + reversed.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(" ")));
        String rot13 = "Hello, World".chars().map(c -> Character.isUpperCase(c) ? 'A' + (c - 'A' + 13) % 26 : Character.isLowerCase(c) ? 'a' + (c - 'a' + 13) % 26 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        System.out.println("rot13 " + rot13);
        System.out.println("sb chars " + new StringBuilder("abc").chars().sum() + " hex " + "kiln".chars().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        IntSummaryStatistics is = IntStream.range(0, 100).summaryStatistics();
        System.out.println("range stats " + is);
        System.out.println("fields " + is.getCount() + " " + is.getSum() + " " + is.getMin() + " " + is.getMax() + " " + is.getAverage());
        IntSummaryStatistics empty = IntStream.empty().summaryStatistics();
        System.out.println("empty " + empty + " min " + empty.getMin() + " max " + empty.getMax() + " avg " + empty.getAverage());
        IntSummaryStatistics combined = IntStream.of(5, -3).summaryStatistics();
        combined.combine(IntStream.of(100).summaryStatistics());
        combined.accept(7);
        System.out.println("combined " + combined);
        LongSummaryStatistics ls = LongStream.rangeClosed(1, 20).map(x -> x * x * x).summaryStatistics();
        System.out.println("long stats " + ls);
        DoubleSummaryStatistics ds = DoubleStream.of(0.1, 0.2, 0.3, -1.5).summaryStatistics();
        System.out.println("double stats " + ds + " sum " + ds.getSum());
        DoubleSummaryStatistics dEmpty = new DoubleSummaryStatistics();
        System.out.println("double empty " + dEmpty.getMin() + " " + dEmpty.getMax() + " " + dEmpty.getAverage());
        IntSummaryStatistics overflow = IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).summaryStatistics();
        System.out.println("no int overflow in sum " + overflow.getSum() + " avg " + overflow.getAverage());
        System.out.println("collector stats " + "the quick brown fox".chars().filter(c -> c != ' ').boxed().collect(Collectors.summarizingInt(c -> c)));
    }
}
