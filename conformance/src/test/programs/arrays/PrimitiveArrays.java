package arrays;

/** Arrays of every primitive kind: default values, length, stores with narrowing, and element-wise loops. */
public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[4];
        short[] s = new short[4];
        char[] c = new char[4];
        int[] i = new int[5];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        System.out.println(z.length + " " + b.length + " " + s.length + " " + c.length + " " + i.length + " " + l.length + " "
                + f.length + " " + d.length);
        System.out.println(z[2] + " " + b[3] + " " + s[0] + " " + (int) c[1] + " " + i[4] + " " + l[2] + " " + f[0] + " " + d[1]);
        for (int k = 0; k < 4; k++) {
            b[k] = (byte) (k * 100);
            s[k] = (short) (k * 20000);
            c[k] = (char) ('w' + k);
        }
        for (int k = 0; k < i.length; k++) {
            i[k] = k * k * k - 10;
        }
        l[0] = Long.MAX_VALUE;
        l[1] = l[0] + 1;
        l[2] = l[1] / 3;
        f[0] = 1.5f;
        f[1] = f[0] / 4;
        f[2] = -f[1];
        d[0] = 0.1;
        d[1] = d[0] * 3;
        d[2] = 1 / (d[2] - d[2] * 2);
        z[1] = true;
        z[2] = !z[1];
        StringBuilder sb = new StringBuilder();
        for (byte v : b) sb.append(v).append(' ');
        sb.append('|');
        for (short v : s) sb.append(v).append(' ');
        sb.append('|');
        for (char v : c) sb.append(v);
        sb.append('|');
        for (int v : i) sb.append(v).append(' ');
        System.out.println(sb);
        System.out.println(l[0] + " " + l[1] + " " + l[2]);
        System.out.println(f[0] + " " + f[1] + " " + f[2]);
        System.out.println(d[0] + " " + d[1] + " " + d[2]);
        System.out.println(z[0] + " " + z[1] + " " + z[2]);
        System.out.println(new String(c) + " " + String.valueOf(c) + " " + c.length);
        System.out.println(c);
        b[0] += 200;
        b[1]++;
        s[3] -= 1;
        c[0]++;
        i[2] <<= 4;
        l[1]--;
        f[0] *= 3;
        d[0] += d[0];
        System.out.println(b[0] + " " + b[1] + " " + s[3] + " " + c[0] + " " + i[2] + " " + l[1] + " " + f[0] + " " + d[0]);
        int[] empty = new int[0];
        System.out.println("empty " + empty.length);
        int[] literal = {5, 4, 3};
        int[] anon = new int[]{1, 2};
        System.out.println(literal[0] + literal[2] + anon[1] + " " + (literal.length + anon.length));
        long sum = 0;
        int[] big = new int[10000];
        for (int k = 0; k < big.length; k++) big[k] = k ^ (k >> 3);
        for (int v : big) sum += v;
        System.out.println("big sum " + sum);
        int n = 7;
        double[] sized = new double[n * 2];
        System.out.println(sized.length + " " + sized[n * 2 - 1]);
    }
}
