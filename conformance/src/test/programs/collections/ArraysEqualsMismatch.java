package collections;

import java.util.Arrays;

/** Arrays.equals, mismatch and compare of primitive arrays (ArraysSupport.vectorizedMismatch), every length 0-40. */
public class ArraysEqualsMismatch {
    public static void main(String[] args) {
        for (int n = 0; n <= 40; n++) {
            int[] a = new int[n];
            long[] l = new long[n];
            byte[] b = new byte[n];
            char[] c = new char[n];
            short[] s = new short[n];
            double[] d = new double[n];
            boolean[] z = new boolean[n];
            for (int i = 0; i < n; i++) {
                a[i] = i * 31;
                l[i] = (long) i << 40;
                b[i] = (byte) (i * 7);
                c[i] = (char) ('a' + i);
                s[i] = (short) (i * 1000);
                d[i] = i / 3.0;
                z[i] = i % 3 == 0;
            }
            StringBuilder sb = new StringBuilder(n + ":");
            for (int at = 0; at < n; at += 5) {
                int[] a2 = a.clone();
                a2[at]++;
                long[] l2 = l.clone();
                l2[at]--;
                byte[] b2 = b.clone();
                b2[at] ^= 1;
                char[] c2 = c.clone();
                c2[at] = 'Z';
                short[] s2 = s.clone();
                s2[at] = -1;
                double[] d2 = d.clone();
                d2[at] = -0.0;
                boolean[] z2 = z.clone();
                z2[at] = !z2[at];
                sb.append(' ').append(Arrays.mismatch(a, a2)).append(Arrays.mismatch(l, l2)).append(Arrays.mismatch(b, b2))
                        .append(Arrays.mismatch(c, c2)).append(Arrays.mismatch(s, s2)).append(Arrays.mismatch(d, d2))
                        .append(Arrays.mismatch(z, z2)).append(Arrays.equals(a, a2) ? 'T' : 'F')
                        .append(Integer.signum(Arrays.compare(a, a2))).append(Integer.signum(Arrays.compare(b, b2)));
            }
            sb.append(" same=").append(Arrays.equals(a, a.clone()) && Arrays.equals(l, l.clone()) && Arrays.equals(b, b.clone())
                    && Arrays.equals(c, c.clone()) && Arrays.equals(s, s.clone()) && Arrays.equals(d, d.clone())
                    && Arrays.equals(z, z.clone()));
            sb.append(" prefix=").append(Arrays.mismatch(a, Arrays.copyOf(a, n / 2))).append(' ')
                    .append(Arrays.compare(b, Arrays.copyOf(b, n + 1)));
            System.out.println(sb);
        }
        System.out.println(Arrays.equals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 2, 7, new int[] {0, 3, 4, 5, 6, 7}, 1, 6)
                + " " + Arrays.mismatch(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 1, 12,
                        new byte[] {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0}, 0, 11)
                + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
                + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}));
    }
}
