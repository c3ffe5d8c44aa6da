package implicit_exceptions;

/** Loads, stores and lengths of null arrays of every element kind. */
public class NullArrays {
    static int[] ints;
    static long[] longs;
    static float[] floats;
    static double[] doubles;
    static byte[] bytes;
    static boolean[] booleans;
    static char[] chars;
    static short[] shorts;
    static String[] strings;
    static int[][] matrix;

    static int index(int i) {
        return i;
    }

    public static void main(String[] args) {
        int i = index(0);
        try { System.out.println(ints[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ints[i] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(longs[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { longs[i] = 1L; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(floats[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { floats[i] = 1f; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(doubles[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { doubles[i] = 1.0; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(bytes[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { bytes[i] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(booleans[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { booleans[i] = true; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(chars[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { chars[i] = 'x'; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(shorts[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { shorts[i] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(strings[i]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { strings[i] = "s"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(strings.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ints[i]++; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { longs[i] += 2; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        matrix = new int[2][];
        try { System.out.println(matrix[1][0]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { matrix[i][1] = 3; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(matrix[i + 1].length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try {
            int sum = 0;
            for (int v : ints) {
                sum += v;
            }
            System.out.println(sum);
        } catch (NullPointerException e) {
            System.out.println("for-each: " + e.getMessage());
        }
        System.out.println("done");
    }
}
