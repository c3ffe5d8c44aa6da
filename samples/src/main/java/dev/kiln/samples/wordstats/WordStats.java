package dev.kiln.samples.wordstats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Word statistics of a short text: collections, streams, lambdas and String.format together, the kind of
 * program the size budget of issue #4 is about (docs/CLASS-LIBRARY.md, "Size").
 */
public final class WordStats {
    private static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
            foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
            it was the season of Darkness, it was the spring of hope, it was the winter of despair.
            """;

    private WordStats() {
    }

    public static void main(String[] args) {
        List<String> words = Arrays.stream(TEXT.split("[^A-Za-z]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase())
                .collect(Collectors.toList());
        Map<String, Long> counts = words.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(String.format("%d words, %d distinct", words.size(), counts.size()));
        for (Map.Entry<String, Long> e : top.subList(0, 5)) {
            System.out.println(String.format("%-8s %3d %5.1f%%", e.getKey(), e.getValue(), 100.0 * e.getValue() / words.size()));
        }
        Map<Integer, List<String>> byLength = counts.keySet().stream()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        byLength.forEach((length, list) -> System.out.println(length + ": " + String.join(" ", list)));
        String longest = counts.keySet().stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
        System.out.println("longest: " + longest);
    }
}
