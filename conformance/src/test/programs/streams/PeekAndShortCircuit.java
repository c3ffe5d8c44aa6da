package streams;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The lazy, element-at-a-time evaluation of sequential streams made visible with peek: the interleaving
 * of filter and map per element, short-circuiting of findFirst/anyMatch/allMatch/noneMatch/limit (how
 * many elements are pulled), sorted as a barrier that consumes everything first, and nothing running
 * without a terminal operation.
 */
public class PeekAndShortCircuit {
    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        List<String> out = Stream.of("one", "two", "three", "four", "five")
                .peek(s -> log.add("see " + s))
                .filter(s -> s.length() > 3)
                .peek(s -> log.add("keep " + s))
                .map(String::toUpperCase)
                .peek(s -> log.add("map " + s))
                .collect(Collectors.toList());
        System.out.println(out);
        log.forEach(l -> System.out.println("  " + l));
        log.clear();
        String first = Stream.of("a", "bb", "ccc", "dddd").peek(s -> log.add(s)).filter(s -> s.length() >= 2).findFirst().orElse("-");
        System.out.println("findFirst " + first + " pulled " + log);
        log.clear();
        boolean any = IntStream.range(0, 100).peek(i -> log.add(String.valueOf(i))).anyMatch(i -> i * i > 20);
        System.out.println("anyMatch " + any + " pulled " + log.size());
        log.clear();
        boolean all = IntStream.range(0, 100).peek(i -> log.add(String.valueOf(i))).allMatch(i -> i < 3);
        System.out.println("allMatch " + all + " pulled " + log.size());
        log.clear();
        boolean none = IntStream.range(0, 100).peek(i -> log.add(String.valueOf(i))).noneMatch(i -> i == 6);
        System.out.println("noneMatch " + none + " pulled " + log.size());
        log.clear();
        List<Integer> limited = Stream.iterate(1, i -> i + 1).peek(i -> log.add("gen " + i)).map(i -> i * 10).limit(3).collect(Collectors.toList());
        System.out.println("limit " + limited + " " + log);
        log.clear();
        List<Integer> sorted = Stream.of(3, 1, 2).peek(i -> log.add("before " + i)).sorted().peek(i -> log.add("after " + i)).collect(Collectors.toList());
        System.out.println("sorted barrier " + sorted + " " + log);
        log.clear();
        Stream<String> lazy = Stream.of("x", "y").peek(s -> log.add("ran " + s)).map(s -> s + s);
        System.out.println("no terminal yet " + log);
        System.out.println("count after " + lazy.collect(Collectors.joining()) + " " + log);
        log.clear();
        long count = Stream.of(1, 2, 3).peek(i -> log.add("peek " + i)).count();
        System.out.println("count " + count + " peeks " + log.size());
        log.clear();
        Stream.of("p", "q").onClose(() -> log.add("closed")).forEach(s -> log.add("each " + s));
        System.out.println("no close without close() " + log);
        try (Stream<String> s = Stream.of("r").onClose(() -> log.add("closed!"))) {
            s.forEach(x -> log.add("each " + x));
        }
        System.out.println("try-with-resources " + log);
    }
}
