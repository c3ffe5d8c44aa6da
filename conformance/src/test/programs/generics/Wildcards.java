package generics;

// kiln:release=11

/**
 * Wildcards on a small generic list of the program's own: {@code ? extends} producers read as their bound,
 * {@code ? super} consumers accept the bound's subtypes, a capture helper swaps elements of a {@code Seq<?>},
 * a generic copy between differently parameterised lists, composition of functions with wildcard parameter
 * types, and {@code var} (local and in lambda parameters, Java 11) holding wildcard types.
 */
public class Wildcards {
    static final class Seq<T> {
        private Object[] items = new Object[2];
        private int size;

        void add(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            if (i >= size) throw new IndexOutOfBoundsException("index " + i + " size " + size);
            return (T) items[i];
        }

        void set(int i, T t) {
            items[i] = t;
        }

        int size() {
            return size;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) sb.append(i == 0 ? "" : ", ").append(items[i]);
            return sb.append(']').toString();
        }
    }

    interface Fn<A, B> {
        B apply(A a);
    }

    static double sum(Seq<? extends Number> nums) {
        double s = 0;
        for (int i = 0; i < nums.size(); i++) s += nums.get(i).doubleValue();
        return s;
    }

    static void fillSquares(Seq<? super Integer> sink, int n) {
        for (int i = 1; i <= n; i++) sink.add(i * i);
    }

    static <T> void copy(Seq<? super T> dst, Seq<? extends T> src) {
        for (int i = 0; i < src.size(); i++) dst.add(src.get(i));
    }

    static void swapEnds(Seq<?> s) {
        swapHelper(s);
    }

    private static <E> void swapHelper(Seq<E> s) {
        E first = s.get(0);
        s.set(0, s.get(s.size() - 1));
        s.set(s.size() - 1, first);
    }

    static int countLonger(Seq<? extends CharSequence> s, int min) {
        int c = 0;
        for (int i = 0; i < s.size(); i++) if (s.get(i).length() > min) c++;
        return c;
    }

    static <A, B, C> Fn<A, C> compose(Fn<? super A, ? extends B> f, Fn<? super B, ? extends C> g) {
        return a -> g.apply(f.apply(a));
    }

    static String describe(Seq<?> s) {
        Object o = s.size() > 0 ? s.get(0) : null;
        return s.size() + " items, first " + o + (o == null ? "" : " (" + o.getClass().getName() + ")");
    }

    static int n(int v) {
        return v;
    }

    public static void main(String[] args) {
        Seq<Integer> ints = new Seq<>();
        fillSquares(ints, n(5));
        System.out.println("ints " + ints + " sum " + sum(ints));
        Seq<Number> numbers = new Seq<>();
        numbers.add(2.5);
        numbers.add(Long.valueOf(n(10)));
        fillSquares(numbers, n(2));
        System.out.println("numbers " + numbers + " sum " + sum(numbers));
        Seq<Object> objects = new Seq<>();
        objects.add("text");
        fillSquares(objects, n(3));
        copy(objects, ints);
        Wildcards.<Number>copy(objects, numbers);
        System.out.println("objects " + objects + " " + describe(objects));
        swapEnds(objects);
        swapEnds(ints);
        System.out.println("swapped " + objects + " / " + ints);

        var words = new Seq<String>();
        words.add("a");
        words.add("wasm");
        words.add("kiln");
        words.add("compiler");
        Seq<? extends CharSequence> seqs = words;
        System.out.println("longer than 3: " + countLonger(seqs, n(3)) + ", than 0: " + countLonger(words, n(0)));
        Seq<StringBuilder> builders = new Seq<>();
        builders.add(new StringBuilder("xy"));
        System.out.println("builders longer than 1: " + countLonger(builders, n(1)) + " " + describe(builders));

        Fn<Object, String> show = o -> "<" + o + ">";
        Fn<CharSequence, Integer> len = cs -> cs.length();
        Fn<String, Integer> shownLength = compose(show, len);
        Fn<Integer, Number> half = (var i) -> i / 2.0;
        Fn<String, Number> both = compose(shownLength, half);
        System.out.println("compose " + shownLength.apply("abc") + " " + both.apply("abcdef") + " " + both.apply(""));
        var nested = new Seq<Seq<? extends Number>>();
        nested.add(ints);
        nested.add(numbers);
        double grand = 0;
        for (int i = 0; i < nested.size(); i++) grand += sum(nested.get(i));
        System.out.println("nested " + nested + " grand " + grand);
        Seq<?> unknown = args.length > 0 ? words : ints;
        System.out.println("unknown " + describe(unknown));
        try {
            unknown.get(n(99));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("out of range: " + e.getMessage());
        }
        System.out.println("empty " + describe(new Seq<Void>()));
    }
}
