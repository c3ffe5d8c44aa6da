package streams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Optional pipelines: map/flatMap/filter chains that stop at the first empty step, or (JDK 9) with lazy
 * alternatives, ifPresentOrElse, stream() (JDK 9) flattening a list of optionals, orElseThrow with a
 * supplier, Optional results of stream terminals (min, findFirst, reduce), OptionalInt from primitive
 * streams, and equality/toString of optionals.
 */
public class OptionalChains {
    static final Map<String, String> MANAGER = Map.of("ann", "bob", "bob", "cy", "cy", "dee");
    static final Map<String, Integer> AGE = Map.of("bob", 51, "cy", 38);

    static Optional<String> manager(String name) {
        return Optional.ofNullable(MANAGER.get(name));
    }

    public static void main(String[] args) {
        for (String who : List.of("ann", "bob", "cy", "dee", "zed")) {
            Optional<Integer> grandAge = manager(who).flatMap(OptionalChains::manager).map(AGE::get);
            String desc = manager(who).filter(m -> m.length() == 3).map(String::toUpperCase).orElse("none");
            System.out.println(who + " grand-manager age " + grandAge + " manager " + desc);
        }
        int[] calls = {0};
        Optional<String> primary = Optional.empty();
        Optional<String> chosen = primary.or(() -> {
            calls[0]++;
            return Optional.of("fallback");
        });
        Optional<String> kept = Optional.of("primary").or(() -> {
            calls[0]++;
            return Optional.of("unused");
        });
        System.out.println("or " + chosen.get() + " " + kept.get() + " supplier calls " + calls[0]);
        StringBuilder sb = new StringBuilder();
        for (Optional<String> o : List.of(Optional.of("x"), Optional.<String>empty())) {
            o.ifPresentOrElse(v -> sb.append("has ").append(v).append("; "), () -> sb.append("empty; "));
        }
        System.out.println("ifPresentOrElse " + sb);
        List<Optional<String>> maybes = List.of(Optional.of("a"), Optional.empty(), Optional.of("c"), Optional.empty());
        System.out.println("stream flatten " + maybes.stream().flatMap(Optional::stream).collect(Collectors.joining(",")) + " count "
                + Optional.empty().stream().count());
        try {
            manager("zed").orElseThrow(() -> new IllegalArgumentException("no manager for zed"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow supplier: " + e.getMessage());
        }
        System.out.println("min " + Stream.of("pear", "fig", "apple").min(String::compareTo) + " empty findFirst " + Stream.empty().findFirst()
                + " reduce " + Stream.of(1, 2, 3).reduce(Integer::max));
        OptionalInt maxInt = IntStream.of(3, 9, 4).max();
        OptionalInt none = IntStream.empty().min();
        System.out.println("OptionalInt " + maxInt + " " + none + " orElse " + none.orElse(-1) + " average " + IntStream.of(1, 2).average()
                + " empty average " + IntStream.empty().average());
        System.out.println("equals " + Optional.of("v").equals(Optional.of("v")) + " " + Optional.empty().equals(Optional.ofNullable(null))
                + " hash " + Optional.of("v").hashCode() + " " + Optional.empty().hashCode() + " toString " + Optional.of(List.of(1)));
        Optional<Optional<String>> nested = Optional.of(Optional.of("inner"));
        System.out.println("nested " + nested + " flat " + nested.flatMap(o -> o));
        try {
            Optional.of("x").map(v -> null).orElseThrow();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("map to null is empty: " + e.getMessage());
        }
    }
}
