package arrays;

/** System.arraycopy: forward and backward overlapping copies within one array, between arrays, every kind. */
public class ArrayCopy {
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 6);
        System.out.println(show(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 0, 7);
        System.out.println(show(b));
        int[] c = new int[12];
        System.arraycopy(a, 4, c, 5, 5);
        System.out.println(show(c));
        System.arraycopy(c, 0, c, 0, 0);
        System.arraycopy(c, 12, c, 0, 0);
        System.out.println(show(c));
        char[] chars = "hello world".toCharArray();
        char[] dst = new char[5];
        System.arraycopy(chars, 6, dst, 0, 5);
        System.out.println(new String(dst));
        System.arraycopy(chars, 0, chars, 1, 10);
        System.out.println(new String(chars));
        long[] ls = {1, 2, 3, 4};
        long[] ld = new long[6];
        System.arraycopy(ls, 1, ld, 2, 3);
        System.out.println(ld[0] + " " + ld[2] + " " + ld[4] + " " + ld[5]);
        double[] ds = {0.5, 1.5, 2.5};
        double[] dd = new double[3];
        System.arraycopy(ds, 0, dd, 0, 3);
        dd[0] = -1;
        System.out.println(ds[0] + " " + dd[0] + " " + dd[2]);
        byte[] bs = {1, 2, 3, 4, 5, 6};
        System.arraycopy(bs, 1, bs, 0, 5);
        short[] ss = {10, 20, 30};
        short[] sd = new short[3];
        System.arraycopy(ss, 0, sd, 0, 2);
        boolean[] zs = {true, false, true};
        boolean[] zd = new boolean[4];
        System.arraycopy(zs, 0, zd, 1, 3);
        float[] fs = {1f, 2f};
        float[] fd = new float[2];
        System.arraycopy(fs, 1, fd, 0, 1);
        System.out.println(bs[0] + " " + bs[4] + " " + bs[5] + " " + sd[1] + " " + sd[2] + " " + zd[0] + zd[1] + zd[3] + " " + fd[0]);
        String[] words = {"a", "b", "c", "d"};
        Object[] target = new Object[5];
        System.arraycopy(words, 0, target, 1, 4);
        System.out.println(target[0] + " " + target[1] + " " + target[4]);
        Object[] sameType = new String[3];
        System.arraycopy(words, 1, sameType, 0, 3);
        System.out.println(sameType[0] + "" + sameType[1] + sameType[2]);
        int[] grow = {1};
        for (int round = 0; round < 5; round++) {
            int[] bigger = new int[grow.length * 2];
            System.arraycopy(grow, 0, bigger, 0, grow.length);
            System.arraycopy(grow, 0, bigger, grow.length, grow.length);
            bigger[0] = round;
            grow = bigger;
        }
        System.out.println(grow.length + " " + show(grow).length() + " " + grow[16] + " " + grow[0]);
    }
}
