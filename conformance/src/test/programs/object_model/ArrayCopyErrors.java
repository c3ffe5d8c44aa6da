package object_model;

/**
 * System.arraycopy's exceptions and their messages: null arrays, arguments that are not arrays, element
 * kinds that differ, bounds (the JVM checks positions, then the length, then each range's end) and
 * reference elements the destination cannot hold, which stop the copy after the elements before them.
 */
public class ArrayCopyErrors {
    static void copy(String label, Object src, int srcPos, Object dest, int destPos, int length) {
        try {
            System.arraycopy(src, srcPos, dest, destPos, length);
            System.out.println(label + ": copied");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = new int[5];
        long[] longs = new long[5];
        Object[] objects = new Object[5];
        String[] strings = new String[5];

        copy("null source", null, 0, ints, 0, 1);
        copy("null destination", ints, 0, null, 0, 1);
        copy("null both, length 0", null, 0, null, 0, 0);
        copy("null source, bad index", null, -1, ints, 0, 1);

        copy("source not an array", "text", 0, ints, 0, 1);
        copy("destination not an array", ints, 0, "text", 0, 1);
        copy("neither an array", "a", 0, "b", 0, 0);
        copy("object array into String", objects, 0, "x", 0, 1);
        copy("int[] into long[]", ints, 0, longs, 0, 1);
        copy("long[] into int[]", longs, 0, ints, 0, 1);
        copy("int[] into Object[]", ints, 0, objects, 0, 1);
        copy("Object[] into int[]", objects, 0, ints, 0, 1);
        copy("char[] into short[]", new char[2], 0, new short[2], 0, 0);
        copy("boolean[] into byte[]", new boolean[2], 0, new byte[2], 0, 0);
        copy("float[] into double[]", new float[2], 0, new double[2], 0, 0);
        copy("mismatch and bad index", ints, -1, longs, 0, 1);

        copy("negative source index", ints, -1, ints, 0, 1);
        copy("negative destination index", ints, 0, ints, -2, 1);
        copy("negative length", ints, 0, ints, 0, -3);
        copy("negative everything", ints, -1, ints, -1, -1);
        copy("last source index", ints, 3, new int[10], 0, 4);
        copy("last destination index", new int[10], 0, ints, 4, 2);
        copy("both ends out", ints, 3, ints, 4, 3);
        copy("huge length", ints, 1, ints, 1, Integer.MAX_VALUE);
        copy("huge position", ints, Integer.MAX_VALUE, ints, 0, 1);
        copy("exact end", ints, 0, new int[5], 0, 5);
        copy("start at length, zero", ints, 5, ints, 5, 0);
        copy("start past length, zero", ints, 6, ints, 0, 0);
        copy("objects out of bounds", objects, 2, strings, 0, 4);
        copy("strings out of bounds", strings, 0, objects, -1, 1);
        copy("2D out of bounds", new int[2][2], 1, new int[3][], 0, 2);
        copy("double[] out of bounds", new double[3], 0, new double[2], 0, 3);
        copy("byte[] out of bounds", new byte[3], 0, new byte[3], 1, 3);
        copy("char[] out of bounds", new char[1], 1, new char[3], 0, 1);
        copy("boolean[] out of bounds", new boolean[4], 0, new boolean[4], 3, 2);
        copy("short[] out of bounds", new short[4], 2, new short[4], 0, 3);
        copy("float[] out of bounds", new float[4], 1, new float[4], 2, 3);
        copy("long[] out of bounds", new long[4], 1, new long[2], 0, 2);

        Object[] mixed = {"one", "two", Integer.valueOf(3), "four"};
        String[] target = new String[4];
        copy("Integer among Strings", mixed, 0, target, 0, 4);
        System.out.println("copied before the failure: " + target[0] + " " + target[1] + " " + target[2] + " " + target[3]);
        Object[] allStrings = {"x", "y"};
        String[] target2 = new String[2];
        copy("Object[] holding Strings into String[]", allStrings, 0, target2, 0, 2);
        System.out.println("copied: " + target2[0] + target2[1]);
        copy("Integer[] into String[]", new Integer[] {1}, 0, new String[1], 0, 1);
        copy("empty Integer[] into String[]", new Integer[0], 0, new String[1], 0, 0);
        copy("Integer[] with null into String[]", new Integer[] {null}, 0, new String[1], 0, 1);
        copy("Object[] into Integer[][]", new Object[] {new int[1]}, 0, new Integer[1][], 0, 1);
        copy("int[][] into long[][]", new int[][] {{1}}, 0, new long[1][], 0, 1);
        copy("Number[] into Integer[]", new Number[] {1, 2L}, 0, new Integer[2], 0, 2);
        copy("String[][] into Object[][]", new String[][] {{"s"}}, 0, new Object[1][], 0, 1);
        copy("Object[][] into String[][]", new Object[][] {{"s"}}, 0, new String[1][], 0, 1);
        copy("CharSequence[] into String[]", new CharSequence[] {new StringBuilder("sb")}, 0, new String[1], 0, 1);
        copy("Object[] into Runnable[]", new Object[] {"r"}, 0, new Runnable[1], 0, 1);
    }
}
