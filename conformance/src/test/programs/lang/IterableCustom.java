package lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A program's own Iterable and Iterator: for-each over it, Iterable.forEach, the default spliterator
 * (characteristics and estimate of an unknown-size spliterator), a stream over it through StreamSupport,
 * Iterator.remove's default UnsupportedOperationException message, forEachRemaining, and
 * NoSuchElementException at the end.
 */
public class IterableCustom {
    static final class Countdown implements Iterable<Integer> {
        private final int from;

        Countdown(int from) {
            this.from = from;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;

                public boolean hasNext() {
                    return next > 0;
                }

                public Integer next() {
                    if (next <= 0) {
                        throw new NoSuchElementException("countdown finished");
                    }
                    return next--;
                }
            };
        }
    }

    static final class Fib implements Iterable<Long> {
        public Iterator<Long> iterator() {
            return new Iterator<>() {
                long a = 0;
                long b = 1;

                public boolean hasNext() {
                    return true;
                }

                public Long next() {
                    long r = a;
                    a = b;
                    b = r + b;
                    return r;
                }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Countdown(5)) {
            sb.append(i).append(' ');
        }
        System.out.println("for-each " + sb);
        List<Integer> collected = new ArrayList<>();
        new Countdown(3).forEach(collected::add);
        System.out.println("forEach " + collected);
        Spliterator<Integer> sp = new Countdown(4).spliterator();
        System.out.println("spliterator characteristics " + sp.characteristics() + " estimate " + (sp.estimateSize() == Long.MAX_VALUE)
                + " exact " + sp.getExactSizeIfKnown() + " SIZED " + sp.hasCharacteristics(Spliterator.SIZED));
        StringBuilder adv = new StringBuilder();
        while (sp.tryAdvance(i -> adv.append(i))) {
            adv.append(',');
        }
        System.out.println("tryAdvance " + adv);
        System.out.println("stream " + StreamSupport.stream(new Countdown(6).spliterator(), false).filter(i -> i % 2 == 0).map(String::valueOf)
                .collect(Collectors.joining("-")));
        System.out.println("fib " + StreamSupport.stream(new Fib().spliterator(), false).limit(15).collect(Collectors.toList()));
        Iterator<Integer> it = new Countdown(2).iterator();
        it.next();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: " + e.getMessage());
        }
        StringBuilder rest = new StringBuilder();
        it.forEachRemaining(i -> rest.append("rest ").append(i));
        System.out.println(rest + " hasNext " + it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("end: " + e.getMessage());
        }
        Iterable<String> lambdaIterable = () -> List.of("x", "y", "z").iterator();
        StringBuilder lam = new StringBuilder();
        for (String s : lambdaIterable) {
            lam.append(s);
        }
        System.out.println("lambda iterable " + lam);
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        Iterator<Integer> li = list.iterator();
        while (li.hasNext()) {
            if (li.next() % 3 == 0) {
                li.remove();
            }
        }
        System.out.println("list remove " + list);
    }
}
