package lang;

import java.util.Arrays;

/**
 * System.arraycopy: forward and backward overlapping copies within one array, zero-length copies at the
 * end, copies between reference arrays of compatible types, and every failure with its message:
 * null source or destination, non-arrays, mismatched primitive types, an element that does not fit
 * (ArrayStoreException after copying the elements before it), and negative or too large positions and
 * lengths.
 */
public class SystemArraycopy {
    interface Op {
        void run();
    }

    static void attempt(String label, Op op) {
        try {
            op.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 5);
        System.out.println("forward overlap " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 4, b, 1, 6);
        System.out.println("backward overlap " + Arrays.toString(b));
        char[] c = "abcdef".toCharArray();
        System.arraycopy(c, 1, c, 2, 3);
        System.out.println("chars " + new String(c));
        String[] s = {"a", "b", "c"};
        System.arraycopy(s, 0, s, 1, 2);
        System.out.println("objects " + Arrays.toString(s));
        System.arraycopy(a, 10, b, 10, 0);
        System.out.println("zero length at end ok");
        Object[] objs = new Object[3];
        System.arraycopy(new String[] {"x", "y"}, 0, objs, 1, 2);
        System.out.println("String[] into Object[] " + Arrays.toString(objs));
        Object[] mixed = {"s1", "s2", 42, "s4"};
        String[] target = new String[4];
        attempt("store mismatch", () -> System.arraycopy(mixed, 0, target, 0, 4));
        System.out.println("copied before failure " + Arrays.toString(target));
        Integer[] boxed = new Integer[2];
        attempt("Number[] into Integer[]", () -> System.arraycopy(new Number[] {1, 2.5}, 0, boxed, 0, 2));
        System.out.println("boxed " + Arrays.toString(boxed));
        attempt("null src", () -> System.arraycopy(null, 0, a, 0, 1));
        attempt("null dst", () -> System.arraycopy(a, 0, null, 0, 1));
        attempt("src not array", () -> System.arraycopy("str", 0, a, 0, 1));
        attempt("dst not array", () -> System.arraycopy(a, 0, new Object(), 0, 1));
        attempt("int to long", () -> System.arraycopy(new int[2], 0, new long[2], 0, 1));
        attempt("int to Object[]", () -> System.arraycopy(new int[2], 0, new Object[2], 0, 1));
        attempt("Object[] to int", () -> System.arraycopy(new Object[2], 0, new int[2], 0, 1));
        attempt("negative srcPos", () -> System.arraycopy(a, -1, b, 0, 1));
        attempt("negative dstPos", () -> System.arraycopy(a, 0, b, -2, 1));
        attempt("negative length", () -> System.arraycopy(a, 0, b, 0, -3));
        attempt("src too short", () -> System.arraycopy(a, 5, b, 0, 6));
        attempt("dst too short", () -> System.arraycopy(a, 0, new int[4], 1, 4));
        attempt("double src", () -> System.arraycopy(new double[3], 2, new double[3], 0, 2));
        attempt("object dst", () -> System.arraycopy(new String[3], 0, new Object[2], 1, 2));
        attempt("2d", () -> System.arraycopy(new int[2][2], 0, new Object[2], 0, 2));
        attempt("2d to int[]", () -> System.arraycopy(new int[][] {{1}}, 0, new long[1][], 0, 1));
    }
}
