package conversions;

/** i2f, i2d, l2f, l2d, f2d and d2f: exact where the format allows, round-to-nearest-even elsewhere. */
public class Widening {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    public static void main(String[] args) {
        long[] ls = {0, 1, -1, (1L << 53) + 1, (1L << 53) + 3, (1L << 24) + 1, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, 0x7fffff7fffffffffL, 0x0020000000000001L, -(1L << 62) - 1, 123456789012345678L};
        for (long v : ls) {
            float fv = l(v);
            double dv = l(v);
            System.out.println(v + " -> float bits " + Float.floatToIntBits(fv) + " double bits " + Double.doubleToLongBits(dv)
                    + " back " + (long) dv);
        }
        int[] is = {0, -1, 16777217, -16777217, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7fffffc0, 0x7fffffbf};
        for (int v : is) {
            float fv = i(v);
            double dv = i(v);
            System.out.println(v + " -> float bits " + Float.floatToIntBits(fv) + " double " + dv + " exact " + ((int) dv == v));
        }
        double[] ds = {0.1, 1.0 / 3, 1e39, -1e39, 1e-46, 3.4028235677973366E38, 3.4028235677973362E38, 1.401298464324817E-45,
                7.006492321624085E-46, 0.5000000298023224, 0.5000000596046448, 0.5000000894069672};
        for (double v : ds) {
            float fv = (float) v;
            System.out.println(Double.doubleToLongBits(v) + " -> float bits " + Integer.toHexString(Float.floatToIntBits(fv)));
        }
        float[] fs = {0.1f, 1f / 3, 16777215f, 1e-45f, -0f};
        for (float v : fs) {
            double dv = v;
            System.out.println(Float.floatToIntBits(v) + " -> double bits " + Long.toHexString(Double.doubleToLongBits(dv)));
        }
        char c = 'Z';
        double cd = c;
        long cl = c;
        float cf = c;
        System.out.println(cd + " " + cl + " " + cf);
        byte b = -3;
        double bd = b;
        System.out.println(bd);
        short s = -30000;
        float sf = s;
        System.out.println(sf);
    }
}
