package util;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * java.util.Arrays beyond comparison: asList (a view writing through, fixed size), fill (whole and range,
 * with its range checks), toString of every array type and null, deepToString (nested, self-containing),
 * deepEquals/deepHashCode, binarySearch on sorted primitive and object arrays (found, insertion points,
 * ranges, comparators, NaN and -0.0), sort of objects (natural, comparators, ranges, stability, the
 * "Comparison method violates its general contract" check is not provoked), setAll, copyOf/copyOfRange
 * padding and truncation of every type, and hashCode of object arrays.
 */
public class ArraysUtil {
    record Pair(String key, int value) {}

    public static void main(String[] args) {
        String[] backing = {"c", "a", "b"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "z");
        backing[1] = "y";
        System.out.println("asList " + view + " backing " + Arrays.toString(backing) + " size " + view.size()
                + " indexOf b " + view.indexOf("b") + " contains y " + view.contains("y"));
        try {
            view.add("d");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add " + e.getClass().getName());
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList remove " + e.getClass().getName());
        }
        view.sort(null);
        System.out.println("asList sort writes through " + Arrays.toString(backing));
        view.replaceAll(String::toUpperCase);
        System.out.println("asList replaceAll " + Arrays.toString(backing) + " toArray class "
                + view.toArray().getClass().getSimpleName() + " equals List.of " + view.equals(List.of("B", "Y", "Z")));
        Object[] objs = Arrays.asList(1, "two", 3.0).toArray();
        System.out.println("asList mixed " + Arrays.toString(objs) + " " + objs.getClass().getSimpleName());

        int[] ints = new int[8];
        Arrays.fill(ints, 7);
        Arrays.fill(ints, 2, 5, -1);
        long[] longs = new long[4];
        Arrays.fill(longs, 1L << 40);
        double[] doubles = new double[3];
        Arrays.fill(doubles, -0.0);
        char[] chars = new char[5];
        Arrays.fill(chars, 'k');
        Arrays.fill(chars, 4, 5, '!');
        boolean[] bools = new boolean[3];
        Arrays.fill(bools, 1, 3, true);
        String[] strs = new String[4];
        Arrays.fill(strs, 1, 3, "s");
        System.out.println("fill " + Arrays.toString(ints) + " " + Arrays.toString(longs) + " " + Arrays.toString(doubles)
                + " " + Arrays.toString(chars) + " " + Arrays.toString(bools) + " " + Arrays.toString(strs));
        try {
            Arrays.fill(ints, 5, 3, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("fill from > to: " + e.getMessage());
        }
        try {
            Arrays.fill(ints, 0, 9, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill to > length: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Object[] numbers = new Integer[2];
            Arrays.fill(numbers, "str");
        } catch (ArrayStoreException e) {
            System.out.println("fill wrong type: " + e.getClass().getName() + ": " + e.getMessage());
        }

        System.out.println("toString " + Arrays.toString(new byte[] {-128, 0, 127}) + Arrays.toString(new short[] {-1})
                + Arrays.toString(new float[] {1.5f, Float.NaN}) + Arrays.toString(new int[0])
                + Arrays.toString((int[]) null) + Arrays.toString((Object[]) null) + Arrays.toString(new Object[] {null, "x"}));
        Object[] nested = {1, new int[] {2, 3}, new String[] {"a", null}, new Object[] {new double[] {4.5}, new char[] {'c'}}, null,
            new long[0], new boolean[] {true}};
        System.out.println("deepToString " + Arrays.deepToString(nested));
        Object[] self = new Object[3];
        self[0] = "me";
        self[1] = self;
        self[2] = new Object[] {self};
        System.out.println("deepToString self " + Arrays.deepToString(self) + " null " + Arrays.deepToString(null));
        Object[] nested2 = {1, new int[] {2, 3}, new String[] {"a", null}, new Object[] {new double[] {4.5}, new char[] {'c'}}, null,
            new long[0], new boolean[] {true}};
        System.out.println("deepEquals " + Arrays.deepEquals(nested, nested2) + " equals " + Arrays.equals(nested, nested2)
                + " deepHashCode equal " + (Arrays.deepHashCode(nested) == Arrays.deepHashCode(nested2)) + " "
                + Arrays.deepHashCode(nested));
        ((int[]) nested2[1])[1] = 4;
        System.out.println("deepEquals after change " + Arrays.deepEquals(nested, nested2) + " deepHashCode "
                + Arrays.deepHashCode(nested2) + " int[][] " + Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}})
                + " int[] vs long[] " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new long[] {1}}));
        System.out.println("hashCode objects " + Arrays.hashCode(new Object[] {"a", 1, null, 2.5}) + " "
                + Arrays.hashCode(new String[0]) + " " + Arrays.hashCode((Object[]) null));

        int[] sorted = {-9, -3, 0, 0, 2, 5, 8, 13, 21, 34};
        StringBuilder sb = new StringBuilder("binarySearch int");
        for (int k : new int[] {-10, -9, 1, 5, 34, 35, 0}) sb.append(' ').append(k).append(':').append(Arrays.binarySearch(sorted, k));
        sb.append(" range ").append(Arrays.binarySearch(sorted, 4, 8, 13)).append(' ').append(Arrays.binarySearch(sorted, 4, 8, 1))
                .append(' ').append(Arrays.binarySearch(sorted, 4, 8, 99));
        System.out.println(sb);
        double[] ds = {-0.0, 0.0, 1.5, Double.NaN};
        float[] fs = {-1f, -0.0f, 0.0f, Float.POSITIVE_INFINITY, Float.NaN};
        System.out.println("binarySearch double -0.0 " + Arrays.binarySearch(ds, -0.0) + " 0.0 " + Arrays.binarySearch(ds, 0.0)
                + " NaN " + Arrays.binarySearch(ds, Double.NaN) + " 1.0 " + Arrays.binarySearch(ds, 1.0) + " float inf "
                + Arrays.binarySearch(fs, Float.POSITIVE_INFINITY) + " NaN " + Arrays.binarySearch(fs, Float.NaN) + " 0 "
                + Arrays.binarySearch(fs, 0f) + " chars " + Arrays.binarySearch(new char[] {'a', 'c', 'e'}, 'd') + " longs "
                + Arrays.binarySearch(new long[] {1, 1L << 33}, 1L << 33) + " bytes " + Arrays.binarySearch(new byte[] {-5, 5}, (byte) 0)
                + " shorts " + Arrays.binarySearch(new short[] {1, 2, 3}, (short) 3));
        String[] words = {"apple", "banana", "cherry", "date", "fig"};
        System.out.println("binarySearch objects " + Arrays.binarySearch(words, "cherry") + " " + Arrays.binarySearch(words, "coconut")
                + " " + Arrays.binarySearch(words, "aaa") + " by length " + Arrays.binarySearch(new String[] {"a", "bb", "ccc"}, "xx",
                Comparator.comparingInt(String::length)));
        try {
            Arrays.binarySearch(sorted, 5, 2, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("binarySearch range: " + e.getMessage());
        }
        try {
            Arrays.binarySearch(new Object[] {new Object(), new Object()}, new Object());
        } catch (ClassCastException e) {
            System.out.println("binarySearch non-comparable " + e.getClass().getName());
        }

        Pair[] pairs = new Pair[12];
        for (int i = 0; i < pairs.length; i++) pairs[i] = new Pair("k" + (i * 5 % 4), i);
        Pair[] byKey = pairs.clone();
        Arrays.sort(byKey, Comparator.comparing(Pair::key));
        System.out.println("stable sort by key " + Arrays.toString(byKey));
        Arrays.sort(byKey, 2, 9, Comparator.comparingInt(Pair::value).reversed());
        System.out.println("range sort by value desc " + Arrays.toString(byKey));
        Integer[] boxed = {5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 11, -2};
        Arrays.sort(boxed);
        System.out.println("sort Integer[] " + Arrays.toString(boxed));
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println("sort reverse " + Arrays.toString(boxed));
        String[] many = new String[100];
        for (int i = 0; i < many.length; i++) many[i] = Integer.toString((i * 7919) % 1000, 7);
        Arrays.sort(many);
        System.out.println("sort 100 strings " + many[0] + " " + many[1] + " " + many[50] + " " + many[99]);
        Arrays.sort(many, 10, 90, String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.reverseOrder()));
        System.out.println("sorted range " + many[10] + " " + many[89]);
        try {
            Arrays.sort(new Object[] {"a", 1});
        } catch (ClassCastException e) {
            System.out.println("sort mixed " + e.getClass().getName());
        }
        try {
            Arrays.sort(boxed, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("sort range: " + e.getMessage());
        }

        int[] squares = new int[6];
        Arrays.setAll(squares, i -> i * i);
        long[] pows = new long[5];
        Arrays.setAll(pows, i -> 1L << (i * 10));
        double[] halves = new double[4];
        Arrays.setAll(halves, i -> i / 2.0);
        String[] labels = new String[3];
        Arrays.setAll(labels, i -> "L" + i);
        System.out.println("setAll " + Arrays.toString(squares) + " " + Arrays.toString(pows) + " " + Arrays.toString(halves)
                + " " + Arrays.toString(labels));
        System.out.println("copyOf pad " + Arrays.toString(Arrays.copyOf(squares, 8)) + " " + Arrays.toString(Arrays.copyOf(labels, 5))
                + " " + Arrays.toString(Arrays.copyOf(new boolean[] {true}, 3)) + " " + Arrays.toString(Arrays.copyOf(new char[] {'x'}, 2)).length()
                + " truncate " + Arrays.toString(Arrays.copyOf(pows, 2)) + " range " + Arrays.toString(Arrays.copyOfRange(squares, 4, 9))
                + " " + Arrays.toString(Arrays.copyOfRange(halves, 1, 3)) + " " + Arrays.toString(Arrays.copyOfRange(new byte[] {1, 2, 3}, 1, 1)));
        Number[] asNumbers = Arrays.copyOf(boxed, 3, Number[].class);
        System.out.println("copyOf to Number[] " + asNumbers.getClass().getSimpleName() + " " + Arrays.toString(asNumbers));
        try {
            Arrays.copyOf(squares, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf negative " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.copyOfRange(squares, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange from > to: " + e.getMessage());
        }
        try {
            Arrays.copyOfRange(squares, 7, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("copyOfRange from > length " + e.getClass().getName());
        }
    }
}
