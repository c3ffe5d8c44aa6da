package object_model;

/** System.arraycopy within one array, forwards and backwards, for every element kind, and the edge lengths. */
public class ArrayCopyOverlap {
    static int[] ints(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    static String show(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[] a = ints(10);
        System.arraycopy(a, 0, a, 3, 7);
        System.out.println("int right: " + show(a));
        a = ints(10);
        System.arraycopy(a, 3, a, 0, 7);
        System.out.println("int left: " + show(a));
        a = ints(10);
        System.arraycopy(a, 2, a, 2, 5);
        System.out.println("int in place: " + show(a));
        a = ints(10);
        System.arraycopy(a, 0, a, 1, 9);
        System.out.println("int by one: " + show(a));
        a = ints(10);
        System.arraycopy(a, 5, a, 0, 0);
        System.arraycopy(a, 10, a, 0, 0);
        System.arraycopy(a, 0, a, 10, 0);
        System.out.println("int zero length at the ends: " + show(a));

        long[] l = {1, 2, 3, 4, 5};
        System.arraycopy(l, 0, l, 2, 3);
        System.out.println("long: " + l[0] + " " + l[1] + " " + l[2] + " " + l[3] + " " + l[4]);
        double[] d = {0.5, 1.5, 2.5, 3.5};
        System.arraycopy(d, 1, d, 0, 3);
        System.out.println("double: " + d[0] + " " + d[1] + " " + d[2] + " " + d[3]);
        float[] f = {1f, 2f, 3f, 4f};
        System.arraycopy(f, 0, f, 1, 3);
        System.out.println("float: " + f[0] + " " + f[1] + " " + f[2] + " " + f[3]);
        char[] c = "abcdefgh".toCharArray();
        System.arraycopy(c, 0, c, 2, 6);
        System.out.println("char right: " + new String(c));
        c = "abcdefgh".toCharArray();
        System.arraycopy(c, 2, c, 0, 6);
        System.out.println("char left: " + new String(c));
        byte[] b = {1, 2, 3, 4, 5, 6};
        System.arraycopy(b, 1, b, 3, 3);
        System.out.println("byte: " + b[0] + " " + b[1] + " " + b[2] + " " + b[3] + " " + b[4] + " " + b[5]);
        short[] s = {10, 20, 30, 40};
        System.arraycopy(s, 2, s, 1, 2);
        System.out.println("short: " + s[0] + " " + s[1] + " " + s[2] + " " + s[3]);
        boolean[] z = {true, false, false, true};
        System.arraycopy(z, 0, z, 1, 3);
        System.out.println("boolean: " + z[0] + " " + z[1] + " " + z[2] + " " + z[3]);
        String[] strings = {"a", "b", "c", "d", "e"};
        System.arraycopy(strings, 0, strings, 1, 4);
        System.out.println("String right: " + String.join(",", strings));
        strings = new String[] {"a", "b", "c", "d", "e"};
        System.arraycopy(strings, 1, strings, 0, 4);
        System.out.println("String left: " + String.join(",", strings));

        int[] src = ints(6);
        int[] dst = new int[8];
        System.arraycopy(src, 1, dst, 2, 5);
        System.out.println("distinct arrays: " + show(dst));
        Object[] objects = new Object[3];
        Integer[] boxes = {7, 8, 9};
        System.arraycopy(boxes, 0, objects, 0, 3);
        System.out.println("Integer[] into Object[]: " + objects[0] + objects[1] + objects[2]);
        int[][] rows = {{1}, {2}, {3}};
        int[][] rowsCopy = new int[3][];
        System.arraycopy(rows, 0, rowsCopy, 0, 3);
        System.out.println("rows shared: " + (rows[2] == rowsCopy[2]));
        Object[] asObjects = new Object[2];
        System.arraycopy(rows, 1, asObjects, 0, 2);
        System.out.println("int[][] into Object[]: " + ((int[]) asObjects[1])[0]);

        int[] large = ints(1000);
        System.arraycopy(large, 0, large, 1, 999);
        long sum = 0;
        for (int v : large) sum += v;
        System.out.println("large overlap sum: " + sum + " first " + large[0] + " " + large[1] + " last " + large[999]);
    }
}
