package arrays;

import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Array initializers, which Kiln folds into one allocation (constants from a data segment, anything else
 * with array.new_fixed): every element type with its extreme values, nested and varargs arrays, elements
 * computed in order with side effects, an element that throws half way, distinct arrays from one
 * initializer, and the runtime types of the results.
 */
public class ArrayInitializers {
    static final boolean[] BOOLEANS = {true, false, false, true};
    static final byte[] BYTES = {Byte.MIN_VALUE, -1, 0, 1, Byte.MAX_VALUE, (byte) 200};
    static final char[] CHARS = {'\0', 'A', '\u00e9', '\u20ac', '\uffff', (char) -1};
    static final short[] SHORTS = {Short.MIN_VALUE, -1, 0, Short.MAX_VALUE, (short) 40000};
    static final int[] INTS = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE, 0x12345678};
    static final long[] LONGS = {Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE, 0x0123456789abcdefL};
    static final float[] FLOATS = {Float.NaN, -0.0f, 0.0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, 1.1f};
    static final double[] DOUBLES = {Double.NaN, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, 0.1};
    static final String[] STRINGS = {"alpha", null, "", "gamma"};
    static final int[][] GRID = {{1, 2, 3}, {}, {4}, null};
    static final Object[] MIXED = {1, 'c', 2.5, "s", new int[] {7}, null};
    static final int[] EMPTY = {};

    static int counter;

    static int next(String label) {
        System.out.println("  element " + label + " = " + counter);
        return counter++;
    }

    static int fail() {
        throw new IllegalStateException("element 2 fails");
    }

    static int[] fresh() {
        return new int[] {1, 2, 3};
    }

    static String joined(Object... parts) {
        return parts.length + ":" + Arrays.deepToString(parts);
    }

    public static void main(String[] args) {
        System.out.println(Arrays.toString(BOOLEANS));
        System.out.println(Arrays.toString(BYTES));
        for (char c : CHARS) System.out.print((int) c + " ");
        System.out.println();
        System.out.println(Arrays.toString(SHORTS));
        System.out.println(Arrays.toString(INTS));
        System.out.println(Arrays.toString(LONGS));
        System.out.println(Arrays.toString(FLOATS));
        for (float f : FLOATS) System.out.print(Integer.toHexString(Float.floatToRawIntBits(f)) + " ");
        System.out.println();
        System.out.println(Arrays.toString(DOUBLES));
        for (double d : DOUBLES) System.out.print(Long.toHexString(Double.doubleToRawLongBits(d)) + " ");
        System.out.println();
        System.out.println(Arrays.toString(STRINGS) + " " + STRINGS.getClass().getName());
        System.out.println(Arrays.deepToString(GRID) + " " + GRID.getClass().getName() + " " + GRID[0].getClass().getName());
        System.out.println(Arrays.deepToString(MIXED) + " " + MIXED.length + " " + EMPTY.length);

        System.out.println("computed in order:");
        int[] computed = {next("a"), next("b"), 10 * next("c")};
        System.out.println(Arrays.toString(computed));

        System.out.println("an element that throws:");
        int[] partial = null;
        try {
            partial = new int[] {next("x"), next("y"), fail(), next("never")};
        } catch (IllegalStateException e) {
            System.out.println("  caught " + e.getMessage() + ", array " + partial);
        }

        int[] first = fresh();
        int[] second = fresh();
        first[0] = 99;
        System.out.println("distinct arrays: " + Arrays.toString(first) + " " + Arrays.toString(second) + " " + (first != second));
        INTS[0] = 5;
        System.out.println("tables are mutable: " + INTS[0]);

        System.out.println(joined("a", 1, null, new String[] {"x", "y"}));
        System.out.println(joined());

        Object[] covariant = new String[] {"s"};
        try {
            covariant[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }

        IntSupplier[] suppliers = {() -> 1, () -> 2, () -> counter};
        int sum = 0;
        for (IntSupplier s : suppliers) sum += s.getAsInt();
        System.out.println("suppliers " + sum);

        long check = 0;
        for (int round = 0; round < 3; round++) {
            byte[] row = {(byte) round, 2, 3, (byte) (round * 100)};
            check = check * 31 + Arrays.hashCode(row);
        }
        System.out.println("rows " + check);
        System.out.println("table " + Tables.sum() + " " + Tables.PRIMES.length + " " + Tables.PRIMES[Tables.PRIMES.length - 1]);
    }
}

class Tables {
    static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103,
        107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223, 227,
        229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311, 313, 317, 331, 337, 347, 349, 353,
        359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487,
        491, 499, 503, 509, 521, 523, 541, 547, 557, 563, 569, 571, 577, 587, 593, 599, 601, 607, 613, 617, 619, 631,
    };

    static long sum() {
        long s = 0;
        for (int p : PRIMES) s += p;
        return s;
    }
}
