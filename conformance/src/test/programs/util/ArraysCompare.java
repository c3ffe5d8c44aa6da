package util;

import java.util.Arrays;

/**
 * Arrays.equals, mismatch, compare and compareUnsigned on every primitive array type, whole and by range:
 * lengths around the 8-byte word size the JDK compares at a time, a difference at each position, floats and
 * doubles whose raw bits differ but which are equal (NaNs with different payloads) or equal-looking but
 * different (0.0 and -0.0), and the range checks' exceptions. All of these go through
 * ArraysSupport.vectorizedMismatch, whose JDK body reads memory with Unsafe.
 */
public class ArraysCompare {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n <= 19; n++) {
            byte[] a = new byte[n];
            for (int i = 0; i < n; i++) a[i] = (byte) (i * 37 - 100);
            sb.setLength(0);
            sb.append("bytes n=").append(n).append(':');
            for (int at = 0; at < n; at++) {
                byte[] b = a.clone();
                b[at] ^= (byte) (1 << (at % 8));
                sb.append(' ').append(Arrays.mismatch(a, b)).append(Arrays.equals(a, b) ? "=" : "!")
                        .append(Integer.signum(Arrays.compare(a, b))).append('/')
                        .append(Integer.signum(Arrays.compareUnsigned(a, b)));
            }
            sb.append(" self ").append(Arrays.mismatch(a, a.clone())).append(' ').append(Arrays.equals(a, a.clone()));
            System.out.println(sb);
        }
        for (int n : new int[] {0, 1, 3, 4, 5, 9, 17}) {
            short[] s = new short[n];
            char[] c = new char[n];
            int[] i4 = new int[n];
            long[] l8 = new long[n];
            float[] f = new float[n];
            double[] d = new double[n];
            boolean[] z = new boolean[n];
            for (int i = 0; i < n; i++) {
                s[i] = (short) (i * 3001 - 20000);
                c[i] = (char) (i * 4099);
                i4[i] = i * 123456789;
                l8[i] = i * 0x123456789abcdefL;
                f[i] = i * 1.5f - 3;
                d[i] = i * -2.25 + 1;
                z[i] = i % 3 == 0;
            }
            sb.setLength(0);
            sb.append("n=").append(n);
            for (int at = 0; at < n; at++) {
                short[] s2 = s.clone();
                s2[at] = (short) ~s2[at];
                char[] c2 = c.clone();
                c2[at] += 1;
                int[] i2 = i4.clone();
                i2[at] ^= Integer.MIN_VALUE;
                long[] l2 = l8.clone();
                l2[at] ^= 1L << 40;
                float[] f2 = f.clone();
                f2[at] = -f2[at];
                double[] d2 = d.clone();
                d2[at] = Math.nextUp(d2[at]);
                boolean[] z2 = z.clone();
                z2[at] = !z2[at];
                sb.append(" [").append(Arrays.mismatch(s, s2)).append(Arrays.mismatch(c, c2)).append(Arrays.mismatch(i4, i2))
                        .append(Arrays.mismatch(l8, l2)).append(Arrays.mismatch(f, f2)).append(Arrays.mismatch(d, d2))
                        .append(Arrays.mismatch(z, z2)).append(' ')
                        .append(Integer.signum(Arrays.compare(s, s2))).append(Integer.signum(Arrays.compareUnsigned(s, s2)))
                        .append(Integer.signum(Arrays.compare(c, c2))).append(Integer.signum(Arrays.compare(i4, i2)))
                        .append(Integer.signum(Arrays.compareUnsigned(i4, i2))).append(Integer.signum(Arrays.compare(l8, l2)))
                        .append(Integer.signum(Arrays.compareUnsigned(l8, l2))).append(Integer.signum(Arrays.compare(f, f2)))
                        .append(Integer.signum(Arrays.compare(d, d2))).append(Integer.signum(Arrays.compare(z, z2))).append(']');
            }
            sb.append(" equal ").append(Arrays.equals(s, s.clone())).append(Arrays.equals(c, c.clone()))
                    .append(Arrays.equals(i4, i4.clone())).append(Arrays.equals(l8, l8.clone()))
                    .append(Arrays.equals(f, f.clone())).append(Arrays.equals(d, d.clone())).append(Arrays.equals(z, z.clone()));
            System.out.println(sb);
        }
        float nan1 = Float.intBitsToFloat(0x7fc00000);
        float nan2 = Float.intBitsToFloat(0x7fc12345);
        double dnan1 = Double.longBitsToDouble(0x7ff8000000000000L);
        double dnan2 = Double.longBitsToDouble(0x7ff8000000abcdefL);
        float[] fa = {1f, nan1, 2f, 0.0f, 5f, 6f, 7f, 8f, 9f};
        float[] fb = {1f, nan2, 2f, 0.0f, 5f, 6f, 7f, 8f, 9f};
        float[] fc = {1f, nan2, 2f, -0.0f, 5f, 6f, 7f, 8f, 9f};
        System.out.println("float NaN payloads equal " + Arrays.equals(fa, fb) + " mismatch " + Arrays.mismatch(fa, fb)
                + " compare " + Arrays.compare(fa, fb) + "; -0.0 mismatch " + Arrays.mismatch(fb, fc) + " equals "
                + Arrays.equals(fb, fc) + " compare " + Arrays.compare(fb, fc));
        double[] da = {dnan1, 3, 0.0, dnan1};
        double[] db = {dnan2, 3, 0.0, dnan2};
        double[] dc = {dnan2, 3, -0.0, dnan2};
        System.out.println("double NaN payloads equal " + Arrays.equals(da, db) + " mismatch " + Arrays.mismatch(da, db)
                + " compare " + Arrays.compare(da, db) + "; -0.0 mismatch " + Arrays.mismatch(db, dc) + " equals "
                + Arrays.equals(db, dc) + " compare " + Arrays.compare(db, dc) + " hash " + (Arrays.hashCode(da) == Arrays.hashCode(db)));

        int[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        int[] y = {0, 0, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0};
        System.out.println("ranges equals " + Arrays.equals(x, 2, 10, y, 2, 10) + " " + Arrays.equals(x, 2, 11, y, 2, 11)
                + " mismatch " + Arrays.mismatch(x, 2, 12, y, 2, 12) + " shorter " + Arrays.mismatch(x, 0, 3, x, 0, 5)
                + " compare " + Arrays.compare(x, 0, 5, y, 0, 5) + " " + Arrays.compare(x, 2, 4, y, 2, 6));
        long[] lx = {5, 6, 7, 8, 9};
        long[] ly = {0, 5, 6, 7, 8, 9};
        System.out.println("offset ranges " + Arrays.equals(lx, 0, 5, ly, 1, 6) + " " + Arrays.mismatch(lx, 1, 5, ly, 1, 5)
                + " " + Arrays.compare(lx, 0, 2, ly, 1, 3));
        byte[] bx = "the quick brown fox jumps".getBytes();
        byte[] by = "quick brown fox jumped".getBytes();
        System.out.println("byte ranges " + Arrays.mismatch(bx, 4, 25, by, 0, 22) + " " + Arrays.equals(bx, 4, 23, by, 0, 19)
                + " " + Arrays.compare(bx, 4, 25, by, 0, 22));
        try {
            Arrays.equals(x, 5, 2, y, 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("from > to: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.mismatch(x, 0, 13, y, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("to > length: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.compare(x, -1, 2, y, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("negative from: " + e.getMessage());
        }
        System.out.println("nulls equals " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(x, null) + " compare "
                + Arrays.compare((int[]) null, x) + " " + Arrays.compare(x, (int[]) null) + " " + Arrays.compare((long[]) null, null));
        try {
            Arrays.mismatch(x, null);
        } catch (NullPointerException e) {
            System.out.println("mismatch null " + e.getClass().getName());
        }
        int[] big1 = new int[1000];
        int[] big2 = new int[1000];
        for (int i = 0; i < 1000; i++) big1[i] = big2[i] = i * i;
        big2[777] = -1;
        char[] cs1 = new char[300];
        Arrays.fill(cs1, 'q');
        char[] cs2 = cs1.clone();
        cs2[299] = 'r';
        System.out.println("big " + Arrays.mismatch(big1, big2) + " " + Arrays.equals(big1, big2) + " chars "
                + Arrays.mismatch(cs1, cs2) + " " + Arrays.compare(cs1, cs2) + " hash " + Arrays.hashCode(big1) + " "
                + Arrays.hashCode(cs1) + " " + Arrays.hashCode(new double[] {1.5, -0.0}) + " " + Arrays.hashCode(new boolean[] {true, false})
                + " " + Arrays.hashCode(new long[] {1L << 40, -1}) + " " + Arrays.hashCode(new float[] {2.5f}) + " "
                + Arrays.hashCode(new byte[] {-1, 2}) + " " + Arrays.hashCode(new short[] {300}) + " " + Arrays.hashCode((int[]) null));
    }
}
