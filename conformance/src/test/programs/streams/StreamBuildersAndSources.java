package streams;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Ways to make a stream: Stream.builder (and its IllegalStateException after build), Stream.ofNullable
 * (JDK 9), Stream.of with one and many elements, collections and maps' entry sets (TreeMap for order),
 * ArrayDeque and descendingIterator, BitSet.stream, Pattern.splitAsStream, String.lines, IntStream.of,
 * Arrays.asList(...).stream, and reuse of a consumed stream (IllegalStateException message).
 */
public class StreamBuildersAndSources {
    public static void main(String[] args) {
        Stream.Builder<String> b = Stream.builder();
        b.add("x").add("y");
        b.accept("z");
        Stream<String> built = b.build();
        System.out.println("builder " + built.collect(Collectors.toList()));
        try {
            b.add("late");
        } catch (IllegalStateException e) {
            System.out.println("add after build: ISE");
        }
        System.out.println("ofNullable " + Stream.ofNullable(null).count() + " " + Stream.ofNullable("v").count());
        System.out.println("of one " + Stream.of("solo").collect(Collectors.toList()) + " of array " + Stream.of(new String[] {"p", "q"}).count());
        Map<String, Integer> map = new TreeMap<>(Map.of("c", 3, "a", 1, "b", 2));
        System.out.println("entries " + map.entrySet().stream().map(e -> e.getKey() + e.getValue()).collect(Collectors.joining(",")) + " values sum "
                + map.values().stream().mapToInt(Integer::intValue).sum());
        ArrayDeque<Integer> deque = new ArrayDeque<>(List.of(1, 2, 3, 4));
        System.out.println("deque " + deque.stream().map(String::valueOf).collect(Collectors.joining()) + " descending "
                + Stream.iterate(deque.descendingIterator(), it -> it.hasNext(), it -> it).map(it -> it.next()).map(String::valueOf).collect(Collectors.joining()));
        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(5, 8);
        bits.set(64);
        System.out.println("bitset " + bits.stream().boxed().collect(Collectors.toList()));
        System.out.println("splitAsStream " + Pattern.compile("\\s*,\\s*").splitAsStream("a , b,c ,, d").collect(Collectors.toList()));
        System.out.println("lines " + "l1\nl2\r\nl3".lines().map(String::length).collect(Collectors.toList()));
        System.out.println("IntStream.of " + IntStream.of(4, 2, 6).map(x -> x * x).boxed().collect(Collectors.toList()) + " asList "
                + Arrays.asList("m", "n").stream().map(String::toUpperCase).collect(Collectors.toList()));
        Stream<String> once = Stream.of("a", "b");
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getMessage());
        }
        Stream<String> linked = Stream.of("a");
        linked.map(String::toUpperCase);
        try {
            linked.map(String::toLowerCase);
        } catch (IllegalStateException e) {
            System.out.println("second intermediate: " + e.getMessage());
        }
        System.out.println("empty " + Stream.empty().collect(Collectors.toList()) + " IntStream empty sum " + IntStream.empty().sum());
        System.out.println("char stream of chars " + "abc".chars().mapToObj(Character::toString).collect(Collectors.toList()));
    }
}
