package collections;

import java.util.Arrays;
import java.util.Random;

/**
 * Arrays.sort and parallelSort of every primitive type (the JDK's dual-pivot quicksort, insertion and
 * counting sorts by size), with NaN and -0.0 ordering, ranges and their exceptions, and binarySearch.
 */
public class PrimitiveSorting {
    static long check(int[] a) {
        long h = 0;
        for (int x : a) h = h * 31 + x;
        return h;
    }

    public static void main(String[] args) {
        Random r = new Random(7);
        for (int n : new int[] {0, 1, 5, 40, 300, 5000}) {
            int[] ints = new int[n];
            for (int i = 0; i < n; i++) ints[i] = r.nextInt(1000) - 500;
            int[] copy = ints.clone();
            Arrays.sort(ints);
            Arrays.parallelSort(copy);
            boolean sorted = true;
            for (int i = 1; i < n; i++) sorted &= ints[i - 1] <= ints[i];
            System.out.println("int[" + n + "] sorted " + sorted + " same " + Arrays.equals(ints, copy) + " " + check(ints));
        }
        double[] doubles = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1, Double.NaN, 0.0, -0.0, Double.MIN_VALUE};
        Arrays.sort(doubles);
        System.out.println(Arrays.toString(doubles));
        float[] floats = {Float.NaN, 2f, -0.0f, 0.0f, -2f, Float.POSITIVE_INFINITY};
        Arrays.sort(floats);
        System.out.println(Arrays.toString(floats));
        long[] longs = new long[1000];
        for (int i = 0; i < longs.length; i++) longs[i] = r.nextLong();
        Arrays.sort(longs, 100, 900);
        boolean ok = true;
        for (int i = 101; i < 900; i++) ok &= longs[i - 1] <= longs[i];
        System.out.println("long range sorted " + ok);
        char[] chars = "the quick brown fox jumps over the lazy dog".toCharArray();
        Arrays.sort(chars);
        System.out.println(new String(chars).trim());
        byte[] bytes = new byte[3000];
        r.nextBytes(bytes);
        Arrays.sort(bytes);
        System.out.println("bytes " + bytes[0] + " " + bytes[1500] + " " + bytes[2999]);
        short[] shorts = new short[5000];
        for (int i = 0; i < shorts.length; i++) shorts[i] = (short) r.nextInt();
        Arrays.parallelSort(shorts);
        System.out.println("shorts " + shorts[0] + " " + shorts[2500] + " " + shorts[4999]);
        int[] keys = {1, 3, 5, 7, 9, 11};
        System.out.println("binarySearch " + Arrays.binarySearch(keys, 7) + " " + Arrays.binarySearch(keys, 8) + " " + Arrays.binarySearch(keys, 0)
                + " " + Arrays.binarySearch(keys, 2, 5, 9) + " " + Arrays.binarySearch(doubles, Double.NaN) + " " + Arrays.binarySearch(doubles, -0.0));
        try {
            Arrays.sort(new int[3], 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            Arrays.sort(new int[3], -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException " + e.getMessage());
        }
        try {
            Arrays.parallelSort(new double[3], 0, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException " + e.getMessage());
        }
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.parallelSort(boxed, (a, b) -> b - a);
        System.out.println(Arrays.toString(boxed));
    }
}
