package streams;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A small text-processing program written with streams, the way programs use them: split a text into
 * lines and words, count word frequencies, rank them (ties broken by the word), build an index of the
 * lines each word appears on, n-grams, character histograms, palindromes and anagram groups, once
 * sequentially and once with parallel streams, whose output must be the same.
 */
public class TextStatistics {
    static final String TEXT = """
            The quick brown fox jumps over the lazy dog.
            A man, a plan, a canal: Panama! Was it a car or a cat I saw?
            Listen, silent night; the enlist of tinsel inlets.
            Never odd or even: the dog, the fox, and the level rotor.
            Evil is a name of a foeman, as I live; the stressed desserts.
            """;

    static List<String> words(String line) {
        return Arrays.stream(line.toLowerCase().split("[^a-z]+")).filter(w -> !w.isEmpty()).collect(Collectors.toList());
    }

    static <T> Stream<T> s(List<T> list, boolean parallel) {
        return parallel ? list.parallelStream() : list.stream();
    }

    static void analyse(String label, boolean parallel) {
        List<String> lines = TEXT.lines().collect(Collectors.toList());
        List<String> all = s(lines, parallel).flatMap(l -> words(l).stream()).collect(Collectors.toList());
        System.out.println(label + " lines " + lines.size() + " words " + all.size() + " distinct " + s(all, parallel).distinct().count());
        Map<String, Long> freq = s(all, parallel).collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        List<String> top = freq.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(6).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toList());
        System.out.println(label + " top " + top);
        Map<String, List<Integer>> index = IntStream.range(0, lines.size()).boxed().flatMap(i -> words(lines.get(i)).stream().distinct()
                .map(w -> Map.entry(w, i + 1))).collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        System.out.println(label + " index the/fox/a " + index.get("the") + " " + index.get("fox") + " " + index.get("a"));
        List<String> bigrams = IntStream.range(0, all.size() - 1).mapToObj(i -> all.get(i) + " " + all.get(i + 1))
                .collect(Collectors.toList());
        System.out.println(label + " repeated bigrams " + s(bigrams, parallel).collect(Collectors.groupingBy(b -> b, TreeMap::new,
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toList()));
        Map<Character, Integer> letters = s(all, parallel).flatMapToInt(String::chars).boxed()
                .collect(Collectors.toMap(c -> (char) c.intValue(), c -> 1, Integer::sum, TreeMap::new));
        System.out.println(label + " letters " + letters);
        IntSummaryStatistics lengths = s(all, parallel).mapToInt(String::length).summaryStatistics();
        System.out.println(label + " lengths " + lengths);
        System.out.println(label + " longest " + s(all, parallel).max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .orElse("?"));
        System.out.println(label + " palindromes " + s(all, parallel).filter(w -> w.length() > 2)
                .filter(w -> new StringBuilder(w).reverse().toString().equals(w)).distinct().sorted().collect(Collectors.toList()));
        String letterSoup = lines.get(1).toLowerCase().replaceAll("[^a-z]", "");
        System.out.println(label + " line 2 is a palindrome " + letterSoup.equals(new StringBuilder(letterSoup).reverse().toString()));
        Map<String, List<String>> anagrams = s(all, parallel).distinct().collect(Collectors.groupingBy(w -> {
            char[] cs = w.toCharArray();
            Arrays.sort(cs);
            return new String(cs);
        }, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().collect(Collectors.toList()))));
        System.out.println(label + " anagram groups " + anagrams.values().stream().filter(g -> g.size() > 1).collect(Collectors.toList()));
        System.out.println(label + " capitalised " + s(all, parallel).limit(9).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" ", "<", ">")));
        System.out.println(label + " vowels per line " + s(lines, parallel).map(l -> l.chars().filter(c -> "aeiouAEIOU".indexOf(c) >= 0).count())
                .collect(Collectors.toList()));
    }

    public static void main(String[] args) {
        analyse("seq", false);
        analyse("par", true);
    }
}
