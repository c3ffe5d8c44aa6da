package streams;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The basic intermediate and terminal operations of Stream: map, filter, flatMap, reduce (all three forms),
 * count, min/max, the matches, findFirst, toArray and forEachOrdered, each run sequentially and again with
 * .parallel(), whose results must be the same.
 */
public class MapFilterReduce {
    static List<String> words() {
        return List.of("kiln", "wasm", "stream", "fork", "join", "pool", "task", "java", "byte", "code", "gc", "heap");
    }

    static void run(String label, boolean parallel) {
        Stream<String> base = parallel ? words().parallelStream() : words().stream();
        System.out.println(label + " map+filter " + base.filter(w -> w.length() == 4).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(label + " lengths " + sp(parallel).map(String::length).collect(Collectors.toList()));
        System.out.println(label + " flatMap " + sp(parallel).filter(w -> w.startsWith("j"))
                .flatMap(w -> Stream.of(w.split(""))).collect(Collectors.joining(",")));
        System.out.println(label + " reduce identity " + sp(parallel).map(String::length).reduce(0, Integer::sum));
        System.out.println(label + " reduce optional " + sp(parallel).reduce((a, b) -> a.length() >= b.length() ? a : b));
        System.out.println(label + " reduce empty " + sp(parallel).filter(w -> w.isEmpty()).reduce(String::concat));
        System.out.println(label + " reduce combiner " + sp(parallel).reduce(0, (acc, w) -> acc + w.length() * w.length(), Integer::sum));
        System.out.println(label + " concat reduce " + sp(parallel).reduce("", String::concat));
        System.out.println(label + " count " + sp(parallel).count() + " " + sp(parallel).filter(w -> w.contains("a")).count());
        System.out.println(label + " min " + sp(parallel).min(String::compareTo).get() + " max " + sp(parallel).max(String::compareTo).get());
        System.out.println(label + " anyMatch " + sp(parallel).anyMatch(w -> w.endsWith("p")) + " allMatch "
                + sp(parallel).allMatch(w -> w.length() >= 2) + " noneMatch " + sp(parallel).noneMatch(w -> w.isEmpty()));
        System.out.println(label + " findFirst " + sp(parallel).filter(w -> w.length() > 4).findFirst().orElse("-"));
        System.out.println(label + " toArray " + Arrays.toString(sp(parallel).map(w -> w.charAt(0)).toArray()));
        System.out.println(label + " typed toArray " + Arrays.toString(sp(parallel).toArray(String[]::new)));
        StringBuilder sb = new StringBuilder();
        sp(parallel).forEachOrdered(w -> sb.append(w.charAt(w.length() - 1)));
        System.out.println(label + " forEachOrdered " + sb);
        Optional<String> none = sp(parallel).filter(w -> w.length() > 10).findFirst();
        System.out.println(label + " none " + none.isPresent() + " " + none);
        System.out.println(label + " isParallel " + sp(parallel).isParallel());
    }

    static Stream<String> sp(boolean parallel) {
        Stream<String> s = words().stream();
        return parallel ? s.parallel() : s;
    }

    public static void main(String[] args) {
        run("seq", false);
        run("par", true);
        System.out.println("of " + Stream.of(3, 1, 2).map(i -> i * 10).collect(Collectors.toList()));
        System.out.println("single " + Stream.of("x").count() + " empty " + Stream.empty().count());
        System.out.println("sequential after parallel " + sp(true).sequential().isParallel());
    }
}
