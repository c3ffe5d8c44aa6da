package lang;

import java.util.Arrays;

/**
 * System.arraycopy where javac's types say which arrays they are (Kiln calls a typed copy there): every primitive
 * kind, overlapping ranges both ways, zero lengths at the end, reference arrays of one class, into Object[], of
 * different classes (each element checked, the copy stopping at the first that does not fit), and the failures
 * with their stack traces, whose top frame the JVM shows as System.arraycopy(Native Method).
 */
public class TypedArraycopy {
    public static void main(String[] args) {
        boolean[] z = {true, false, true, true};
        System.arraycopy(z, 0, z, 1, 3);
        System.out.println(Arrays.toString(z));
        byte[] b = {1, 2, 3, 4, 5};
        System.arraycopy(b, 1, b, 0, 4);
        System.out.println(Arrays.toString(b));
        char[] c = "abcdef".toCharArray();
        char[] c2 = "--------".toCharArray();
        System.arraycopy(c, 2, c2, 5, 3);
        System.arraycopy(c, 6, c2, 8, 0);
        System.out.println(Arrays.toString(c2));
        short[] s = {1, 2, 3};
        System.arraycopy(s, 0, s, 0, 3);
        System.out.println(Arrays.toString(s));
        int[] i = {1, 2, 3, 4, 5, 6};
        System.arraycopy(i, 0, i, 2, 4);
        System.out.println(Arrays.toString(i));
        long[] l = {Long.MIN_VALUE, 2, Long.MAX_VALUE};
        long[] l2 = new long[3];
        System.arraycopy(l, 0, l2, 0, 3);
        System.out.println(Arrays.toString(l2));
        float[] f = {1.5f, Float.NaN};
        float[] f2 = new float[2];
        System.arraycopy(f, 1, f2, 0, 1);
        System.out.println(Arrays.toString(f2));
        double[] d = {-0.0, 1e300};
        System.arraycopy(d, 0, d, 1, 1);
        System.out.println(Arrays.toString(d));

        String[] strings = {"a", "b", "c"};
        String[] strings2 = new String[4];
        System.arraycopy(strings, 0, strings2, 1, 3);
        System.out.println(Arrays.toString(strings2));
        Object[] objects = new Object[3];
        System.arraycopy(strings, 1, objects, 0, 2);
        System.out.println(Arrays.toString(objects));
        Object[] mixed = {"x", 1, "y"};
        String[] target = new String[3];
        Object[] asObjects = target;
        try {
            System.arraycopy(mixed, 0, asObjects, 0, 3);
        } catch (ArrayStoreException e) {
            e.printStackTrace(System.out);
        }
        System.out.println(Arrays.toString(target));
        Number[] numbers = new Integer[2];
        Integer[] ints = {7, 8};
        System.arraycopy(ints, 0, numbers, 0, 2);
        System.out.println(Arrays.toString(numbers));

        int[] nullInts = args.length > 100 ? i : null;
        try {
            System.arraycopy(nullInts, 0, i, 0, 1);
        } catch (NullPointerException e) {
            e.printStackTrace(System.out);
        }
        try {
            System.arraycopy(i, 0, i, 4, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
        try {
            System.arraycopy(c, -1, c2, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
        try {
            System.arraycopy(d, 0, d, 0, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
        try {
            System.arraycopy(strings, 2, objects, 2, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace(System.out);
        }
    }
}
