package collections;

import java.util.Arrays;
import java.util.List;

/** Arrays' bulk operations: setAll/parallelSetAll, parallelPrefix, fill, copyOf/copyOfRange, asList, deep methods, hashCode. */
public class ArraysBulk {
    public static void main(String[] args) {
        int[] squares = new int[10];
        Arrays.setAll(squares, i -> i * i);
        long[] longs = new long[8];
        Arrays.parallelSetAll(longs, i -> 1L << (i * 8));
        double[] halves = new double[5];
        Arrays.setAll(halves, i -> i / 2.0);
        String[] names = new String[4];
        Arrays.parallelSetAll(names, i -> "n" + i);
        System.out.println(Arrays.toString(squares) + " " + Arrays.toString(longs) + " " + Arrays.toString(halves) + " " + Arrays.toString(names));
        int[] prefix = squares.clone();
        Arrays.parallelPrefix(prefix, Integer::sum);
        long[] lp = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(lp, 1, 4, (a, b) -> a * b);
        String[] sp = {"a", "b", "c", "d"};
        Arrays.parallelPrefix(sp, String::concat);
        System.out.println(Arrays.toString(prefix) + " " + Arrays.toString(lp) + " " + Arrays.toString(sp));
        char[] cs = new char[6];
        Arrays.fill(cs, '.');
        Arrays.fill(cs, 2, 4, '#');
        System.out.println(new String(cs));
        int[] grown = Arrays.copyOf(squares, 12);
        int[] range = Arrays.copyOfRange(squares, 8, 12);
        Object[] objects = Arrays.copyOf(names, 2, Object[].class);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(range) + " " + objects.getClass().getSimpleName() + Arrays.toString(objects));
        try {
            Arrays.copyOfRange(squares, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            Arrays.copyOf(squares, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException " + e.getMessage());
        }
        try {
            Arrays.fill(squares, 3, 20, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException " + e.getMessage());
        }
        Object[] deep = {1, new int[] {2, 3}, new Object[] {"x", new long[] {4L}}, null};
        Object[] deep2 = {1, new int[] {2, 3}, new Object[] {"x", new long[] {4L}}, null};
        System.out.println(Arrays.deepToString(deep) + " " + Arrays.deepEquals(deep, deep2) + " " + (Arrays.deepHashCode(deep) == Arrays.deepHashCode(deep2))
                + " " + Arrays.equals(deep, deep2) + " " + Arrays.deepHashCode(deep));
        System.out.println(Arrays.hashCode(new double[] {1.5, -0.0}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode((int[]) null)
                + " " + Arrays.hashCode(new String[] {"a", null}));
        List<Integer> view = Arrays.asList(3, 1, 2);
        view.sort(null);
        System.out.println(view + " " + view.contains(2) + " " + view.indexOf(3) + " " + Arrays.asList().isEmpty());
        Object[] selfRef = new Object[1];
        selfRef[0] = selfRef;
        System.out.println(Arrays.deepToString(selfRef));
    }
}
