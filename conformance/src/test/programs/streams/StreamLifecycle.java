package streams;

import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What happens around a pipeline: a stream used twice (IllegalStateException with the JDK's message),
 * onClose handlers in registration order with later failures suppressed, try-with-resources, iterator() and
 * spliterator() of a pipeline (lazy, characteristics of sized/sorted/distinct sources), exceptions thrown by
 * lambdas reaching the caller unchanged, null elements, and NullPointerExceptions for null functions.
 */
public class StreamLifecycle {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Stream<String> once = Stream.of("a", "b");
        System.out.println("first " + once.count());
        attempt("reuse", once::count);
        Stream<String> mapped = Stream.of("a");
        mapped.map(String::length);
        attempt("reuse after map", () -> mapped.map(String::length));
        IntStream ints = IntStream.range(0, 3);
        ints.sum();
        attempt("int reuse", ints::sum);

        StringBuilder order = new StringBuilder();
        try (Stream<Integer> s = Stream.of(1, 2, 3).onClose(() -> order.append("first ")).onClose(() -> order.append("second "))) {
            order.append("sum=").append(s.mapToInt(i -> i).sum()).append(' ');
        }
        System.out.println("onClose " + order);
        Stream<Integer> failing = Stream.of(1).onClose(() -> {
            throw new IllegalStateException("close one");
        }).onClose(() -> {
            throw new IllegalArgumentException("close two");
        });
        try {
            failing.close();
        } catch (IllegalStateException e) {
            System.out.println("close failure " + e.getMessage() + " suppressed " + e.getSuppressed().length + " "
                    + e.getSuppressed()[0].getMessage());
        }
        Stream<Integer> closedTwice = Stream.of(1).onClose(() -> order.append("!"));
        closedTwice.close();
        closedTwice.close();
        System.out.println("closed twice " + order);
        attempt("use after close", closedTwice::count);

        StringBuilder trace = new StringBuilder();
        Iterator<Integer> it = Stream.of(1, 2, 3, 4).peek(i -> trace.append("p").append(i)).filter(i -> i % 2 == 0).iterator();
        System.out.println("iterator made, trace '" + trace + "'");
        System.out.println("next " + it.next() + " trace " + trace);
        System.out.println("next " + it.next() + " hasNext " + it.hasNext() + " trace " + trace);
        PrimitiveIterator.OfInt pit = IntStream.rangeClosed(5, 7).iterator();
        System.out.println("int iterator " + pit.nextInt() + pit.nextInt() + pit.nextInt() + " " + pit.hasNext());
        Spliterator<Integer> sized = List.of(1, 2, 3).stream().spliterator();
        System.out.println("sized " + sized.hasCharacteristics(Spliterator.SIZED) + " " + sized.estimateSize());
        Spliterator<Integer> filtered = List.of(1, 2, 3).stream().filter(i -> i > 1).spliterator();
        System.out.println("filtered sized " + filtered.hasCharacteristics(Spliterator.SIZED) + " ordered "
                + filtered.hasCharacteristics(Spliterator.ORDERED));
        Spliterator<Integer> sorted = Stream.of(3, 1, 2).sorted().spliterator();
        StringBuilder drained = new StringBuilder();
        sorted.forEachRemaining(drained::append);
        System.out.println("sorted spliterator " + drained + " sorted flag " + Stream.of(3, 1).sorted().spliterator()
                .hasCharacteristics(Spliterator.SORTED) + " distinct flag " + Stream.of(1).distinct().spliterator()
                .hasCharacteristics(Spliterator.DISTINCT));

        attempt("lambda throws", () -> Stream.of("1", "x", "3").map(Integer::parseInt).collect(Collectors.toList()));
        attempt("checked in lambda", () -> Stream.of(1).map(i -> {
            throw new UnsupportedOperationException("no " + i);
        }).findFirst());
        attempt("null element", () -> Stream.of("a", null, "c").map(String::length).collect(Collectors.toList()));
        attempt("nulls kept", () -> Stream.of("a", null).collect(Collectors.toList()));
        attempt("null mapper", () -> Stream.of(1).map(null));
        attempt("null filter", () -> IntStream.of(1).filter(null));
        attempt("findFirst null", () -> Stream.of((String) null).findFirst());
        attempt("toList nulls", () -> Stream.of("x", null).toList());
        attempt("toList immutable", () -> {
            List<String> l = Stream.of("x").toList();
            l.add("y");
            return l;
        });
        attempt("negative limit", () -> Stream.of(1).limit(-1));
        attempt("negative skip", () -> IntStream.of(1).skip(-2));
        attempt("max of empty get", () -> Stream.<Integer>empty().max(Integer::compare).get());
    }
}
