package streams;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * takeWhile and dropWhile (JDK 9) on ordered streams: the prefix ends at the first failing element even if
 * later ones pass, on infinite streams, on empty and all-matching input, on primitive streams, combined
 * with sorted and map, and how many elements the predicate sees (traced).
 */
public class TakeDropWhile {
    public static void main(String[] args) {
        List<Integer> data = List.of(1, 2, 3, 10, 4, 5, 20, 1);
        System.out.println("takeWhile <5 " + data.stream().takeWhile(x -> x < 5).collect(Collectors.toList()));
        System.out.println("dropWhile <5 " + data.stream().dropWhile(x -> x < 5).collect(Collectors.toList()));
        System.out.println("all match take " + data.stream().takeWhile(x -> x > 0).count() + " drop " + data.stream().dropWhile(x -> x > 0).count());
        System.out.println("none match take " + data.stream().takeWhile(x -> x > 100).count() + " drop " + data.stream().dropWhile(x -> x > 100).count());
        System.out.println("empty " + Stream.<Integer>empty().takeWhile(x -> true).count() + " " + Stream.<Integer>empty().dropWhile(x -> true).count());
        System.out.println("infinite " + Stream.iterate(1, x -> x + 1).takeWhile(x -> x * x < 50).collect(Collectors.toList()));
        System.out.println("sorted first " + data.stream().sorted().takeWhile(x -> x < 5).collect(Collectors.toList()));
        List<Integer> seen = new ArrayList<>();
        List<Integer> taken = data.stream().peek(seen::add).takeWhile(x -> x != 10).collect(Collectors.toList());
        System.out.println("take traced " + taken + " seen " + seen);
        seen.clear();
        List<Integer> dropped = data.stream().dropWhile(x -> {
            seen.add(x);
            return x != 10;
        }).collect(Collectors.toList());
        System.out.println("drop traced " + dropped + " predicate saw " + seen);
        System.out.println("int take " + IntStream.rangeClosed(1, 20).takeWhile(i -> i % 7 != 0).sum() + " int drop "
                + IntStream.rangeClosed(1, 20).dropWhile(i -> i % 7 != 0).boxed().collect(Collectors.toList()));
        String text = "    indented text with spaces";
        System.out.println("drop spaces [" + text.chars().dropWhile(c -> c == ' ').mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()) + "]");
        System.out.println("words until stop " + Stream.of("alpha", "beta", "STOP", "gamma").takeWhile(w -> !w.equals("STOP")).map(String::toUpperCase)
                .collect(Collectors.joining(" ")));
        System.out.println("parallel take " + data.parallelStream().takeWhile(x -> x < 5).collect(Collectors.toList()) + " parallel drop "
                + data.parallelStream().dropWhile(x -> x < 5).collect(Collectors.toList()));
    }
}
