package generics;

/**
 * Arrays and type parameters: a generic stack backed by {@code (T[]) new Object[n]} that works inside the
 * class but fails with ClassCastException when its array escapes as {@code String[]}; arrays made from a
 * caller's prototype (their run-time class is the caller's, so an ArrayStoreException can follow), clones of
 * {@code T[]}, two-dimensional {@code T[][]}, arrays of a generic class, and a generic insertion sort.
 */
public class GenericArrays {
    static final class Stack<T> {
        @SuppressWarnings("unchecked")
        private T[] items = (T[]) new Object[1];
        private int size;

        void push(T t) {
            if (size == items.length) {
                @SuppressWarnings("unchecked")
                T[] bigger = (T[]) new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = t;
        }

        T pop() {
            T t = items[--size];
            items[size] = null;
            return t;
        }

        T[] backing() {
            return items;
        }
    }

    static <T> T[] fill(T[] proto, T value) {
        for (int i = 0; i < proto.length; i++) proto[i] = value;
        return proto;
    }

    static <T> T[] twice(T[] a) {
        T[] copy = a.clone();
        for (int i = 0; i < copy.length / 2; i++) {
            T tmp = copy[i];
            copy[i] = copy[copy.length - 1 - i];
            copy[copy.length - 1 - i] = tmp;
        }
        return copy;
    }

    static <T extends Comparable<? super T>> void sort(T[] a) {
        for (int i = 1; i < a.length; i++) {
            T key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static <T> String show(T[][] grid) {
        StringBuilder sb = new StringBuilder();
        for (T[] row : grid) {
            sb.append('{');
            for (T t : row) sb.append(t).append(';');
            sb.append('}');
        }
        return sb.toString();
    }

    static final class Pair<A, B> {
        final A a;
        final B b;

        Pair(A a, B b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String toString() {
            return "(" + a + "," + b + ")";
        }
    }

    static int n(int v) {
        return v;
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        Stack<String> stack = new Stack<>();
        for (int i = 0; i < n(5); i++) stack.push("s" + i);
        System.out.println("popped " + stack.pop() + " " + stack.pop());
        Object[] asObjects = stack.backing();
        System.out.println("backing as Object[] " + asObjects.length + " " + asObjects.getClass().getName());
        try {
            String[] strings = stack.backing();
            System.out.println("escaped " + strings.length);
        } catch (ClassCastException e) {
            System.out.println("escaped: ClassCastException " + e.getMessage());
        }
        try {
            System.out.println("length through T[] " + stack.backing().length);
        } catch (ClassCastException e) {
            System.out.println("length: ClassCastException " + e.getMessage());
        }

        String[] filled = fill(new String[n(3)], "x");
        System.out.println("filled " + filled.getClass().getName() + " " + filled[0] + filled[2]);
        Object[] covariant = new Integer[n(2)];
        try {
            GenericArrays.<Object>fill(covariant, "not an Integer");
        } catch (ArrayStoreException e) {
            System.out.println("fill: ArrayStoreException " + e.getMessage());
        }
        Number[] numbers = fill(new Number[n(2)], Integer.valueOf(n(9)));
        System.out.println("numbers " + numbers[0] + " " + numbers.getClass().getName());

        Integer[] ints = {n(5), n(-1), n(12), n(3)};
        Integer[] reversed = twice(ints);
        System.out.println("clone distinct " + (reversed != ints) + " " + reversed.getClass().getName() + " " + reversed[0] + " " + ints[0]);
        sort(ints);
        StringBuilder sorted = new StringBuilder();
        for (int v : ints) sorted.append(v).append(' ');
        System.out.println("sorted " + sorted);
        String[] words = {"kiln", "bytecode", "wasm", "gc", "Zeta"};
        sort(words);
        System.out.println("sorted words " + String.join(",", words));

        Character[][] grid = new Character[n(2)][];
        grid[0] = new Character[] {'a', 'b'};
        grid[1] = new Character[] {'c'};
        System.out.println("grid " + show(grid) + " " + grid.getClass().getName() + " " + grid[0].getClass().getName());
        Pair<String, Integer>[] pairs = (Pair<String, Integer>[]) new Pair[n(3)];
        for (int i = 0; i < pairs.length; i++) pairs[i] = new Pair<>("k" + i, i * i);
        int total = 0;
        for (Pair<String, Integer> p : pairs) total += p.b;
        System.out.println("pairs " + pairs[2] + " total " + total + " " + pairs.getClass().getName());
        Pair<?, ?>[] wild = new Pair<?, ?>[] {pairs[1], new Pair<>(2.5, 'z')};
        System.out.println("wild " + wild[0] + wild[1] + " " + wild.getClass().getName());
        Object[][] jag = fill(new Object[n(2)][], new Object[] {"shared"});
        System.out.println("shared row " + (jag[0] == jag[1]) + " " + show(jag));
    }
}
