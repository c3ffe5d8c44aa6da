package object_model;

/** clone() of arrays of every element kind: a new array of the same class and length with the same elements; multi-dimensional arrays are cloned shallowly. */
public class ArrayClone {
    public static void main(String[] args) {
        boolean[] z = {true, false, true};
        boolean[] zc = z.clone();
        zc[0] = false;
        System.out.println("boolean: " + z[0] + " " + zc[0] + " " + zc[2] + " " + zc.length + " " + (zc != z));

        byte[] b = {-128, 0, 127};
        byte[] bc = b.clone();
        bc[1] = 5;
        System.out.println("byte: " + b[1] + " " + bc[0] + " " + bc[1] + " " + bc[2]);

        char[] c = "kiln".toCharArray();
        char[] cc = c.clone();
        cc[0] = 'K';
        System.out.println("char: " + new String(c) + " " + new String(cc));

        short[] s = {Short.MIN_VALUE, -1, Short.MAX_VALUE};
        short[] sc = s.clone();
        sc[1] = 1;
        System.out.println("short: " + s[1] + " " + sc[0] + " " + sc[1] + " " + sc[2]);

        int[] i = {Integer.MIN_VALUE, 0, Integer.MAX_VALUE};
        int[] ic = i.clone();
        ic[1] = 9;
        System.out.println("int: " + i[1] + " " + ic[0] + " " + ic[1] + " " + ic[2]);

        long[] l = {Long.MIN_VALUE, 1L << 40, Long.MAX_VALUE};
        long[] lc = l.clone();
        lc[0] = 0;
        System.out.println("long: " + l[0] + " " + lc[0] + " " + lc[1] + " " + lc[2]);

        float[] f = {Float.NaN, -0.0f, 1.5f};
        float[] fc = f.clone();
        System.out.println("float: " + Float.floatToRawIntBits(fc[0]) + " " + Float.floatToRawIntBits(fc[1]) + " " + fc[2]);

        double[] d = {Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -0.0};
        double[] dc = d.clone();
        dc[2] = 2.5;
        System.out.println("double: " + dc[0] + " " + dc[1] + " " + d[2] + " " + dc[2]);

        String[] strings = {"a", null, "c"};
        String[] stringsCopy = strings.clone();
        stringsCopy[1] = "b";
        System.out.println("String[]: " + strings[1] + " " + stringsCopy[1] + " " + (strings[0] == stringsCopy[0]));
        System.out.println("String[] class: " + stringsCopy.getClass().getName() + " " + (stringsCopy.getClass() == String[].class));

        Object[] objects = new Integer[] {1, 2};
        Object[] objectsCopy = objects.clone();
        System.out.println("Integer[] as Object[]: " + objectsCopy.getClass().getName() + " " + objectsCopy[1]);
        System.out.println("clone keeps the runtime component type: " + (objectsCopy instanceof Integer[]) + " " + (objectsCopy.getClass() == Integer[].class));
        try {
            objectsCopy[0] = "not an Integer";
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] gridCopy = grid.clone();
        System.out.println("2D rows shared: " + (grid[0] == gridCopy[0]) + " " + (grid[1] == gridCopy[1]));
        gridCopy[0][0] = 100;
        System.out.println("2D shallow: " + grid[0][0]);
        gridCopy[1] = new int[] {7};
        System.out.println("2D outer independent: " + grid[1].length + " " + gridCopy[1].length);
        System.out.println("2D class: " + gridCopy.getClass().getName());

        long[][][] cube = new long[2][3][4];
        long[][][] cubeCopy = cube.clone();
        System.out.println("3D: " + cubeCopy.length + " " + cubeCopy[1].length + " " + cubeCopy[1][2].length + " " + (cube[1] == cubeCopy[1]));

        int[] empty = new int[0];
        int[] emptyCopy = empty.clone();
        System.out.println("empty: " + emptyCopy.length + " " + (empty != emptyCopy));

        Object asObject = i;
        Object viaObject = ((int[]) asObject).clone();
        System.out.println("clone via cast: " + ((int[]) viaObject)[2]);

        int[] big = new int[10000];
        for (int k = 0; k < big.length; k++) big[k] = k * k;
        int[] bigCopy = big.clone();
        long sum = 0;
        for (int k = 0; k < bigCopy.length; k++) sum += bigCopy[k];
        System.out.println("big: " + sum);
    }
}
