package streams;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One-to-many operations: flatMap (empty, nested, of streams that have onClose handlers, which run as each
 * inner stream is consumed), flatMapToInt/Long/Double, mapMulti and its primitive forms, mapToObj of
 * nested ranges, and the laziness of flatMap with a short-circuiting consumer; sequentially and in
 * parallel.
 */
public class FlatMapAndMulti {
    record Order(String id, List<String> items) {
    }

    static List<Order> orders() {
        return List.of(new Order("o1", List.of("pen", "ink")), new Order("o2", List.of()), new Order("o3", List.of("pad", "pen", "cap")),
                new Order("o4", List.of("ink")));
    }

    static void run(String label, boolean parallel) {
        Stream<Order> s = parallel ? orders().parallelStream() : orders().stream();
        System.out.println(label + " items " + s.flatMap(o -> o.items().stream()).collect(Collectors.toList()));
        System.out.println(label + " distinct items " + (parallel ? orders().parallelStream() : orders().stream())
                .flatMap(o -> o.items().stream()).distinct().sorted().collect(Collectors.joining("/")));
        System.out.println(label + " pairs " + (parallel ? orders().parallelStream() : orders().stream())
                .flatMap(o -> o.items().stream().map(i -> o.id() + ":" + i)).collect(Collectors.toList()));
        System.out.println(label + " flatMapToInt " + Arrays.toString((parallel ? orders().parallelStream() : orders().stream())
                .flatMapToInt(o -> o.items().stream().mapToInt(String::length)).toArray()));
        System.out.println(label + " flatMapToLong " + (parallel ? orders().parallelStream() : orders().stream())
                .flatMapToLong(o -> o.items().stream().mapToLong(i -> i.hashCode())).sum());
        System.out.println(label + " flatMapToDouble " + (parallel ? orders().parallelStream() : orders().stream())
                .flatMapToDouble(o -> o.items().stream().mapToDouble(i -> i.length() / 2.0)).sum());
        System.out.println(label + " mapMulti " + (parallel ? orders().parallelStream() : orders().stream())
                .<String>mapMulti((o, sink) -> {
                    for (String item : o.items()) {
                        if (!item.equals("pen")) {
                            sink.accept(item.toUpperCase());
                        }
                    }
                }).collect(Collectors.toList()));
        IntStream range = parallel ? IntStream.range(0, 6).parallel() : IntStream.range(0, 6);
        System.out.println(label + " int mapMulti " + Arrays.toString(range.mapMulti((i, sink) -> {
            for (int k = 0; k < i % 3; k++) {
                sink.accept(i * 10 + k);
            }
        }).toArray()));
        IntStream triangle = parallel ? IntStream.rangeClosed(1, 4).parallel() : IntStream.rangeClosed(1, 4);
        System.out.println(label + " nested ranges " + triangle.boxed().flatMap(i -> IntStream.rangeClosed(1, i).mapToObj(j -> i + "." + j))
                .collect(Collectors.joining(" ")));
        IntStream big = parallel ? IntStream.range(0, 200).parallel() : IntStream.range(0, 200);
        System.out.println(label + " big flatMap " + big.flatMap(i -> IntStream.range(0, i % 7)).sum());
    }

    public static void main(String[] args) {
        run("seq", false);
        run("par", true);
        StringBuilder closes = new StringBuilder();
        long n = Stream.of(1, 2, 3).flatMap(i -> Stream.of(i, i).onClose(() -> closes.append("c").append(i))).count();
        System.out.println("inner onClose " + n + " " + closes);
        StringBuilder pulled = new StringBuilder();
        Stream.of(1, 2, 3).flatMap(i -> Stream.of(i * 10, i * 10 + 1).peek(v -> pulled.append(v).append(' '))).filter(v -> v > 10).findFirst();
        System.out.println("short circuit " + pulled);
        System.out.println("empty flatMap " + Stream.of(1, 2).flatMap(i -> Stream.empty()).count()
                + " null inner " + Stream.of(1).flatMap(i -> null).count());
    }
}
