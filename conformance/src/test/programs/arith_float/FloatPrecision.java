package arith_float;

/** Rounding of float results: int-to-float rounding, catastrophic cancellation, accumulation order. */
public class FloatPrecision {
    static float f(float v) { return v; }
    static int i(int v) { return v; }

    public static void main(String[] args) {
        int[] ints = {16777215, 16777216, 16777217, 16777218, 16777219, 2147483647, -2147483647, 123456789, 33554435};
        for (int v : ints) {
            float fv = v;
            System.out.println(v + " -> " + Float.floatToIntBits(fv) + " -> " + (int) fv);
        }
        float big = f(1e8f);
        float small = f(1f);
        System.out.println(Float.floatToIntBits((big + small) - big));
        System.out.println(Float.floatToIntBits(big + (small - big)));
        float up = 0f;
        for (int k = 1; k <= 1000; k++) {
            up += 1f / k;
        }
        float down = 0f;
        for (int k = 1000; k >= 1; k--) {
            down += 1f / k;
        }
        System.out.println("harmonic up " + Float.floatToIntBits(up) + " down " + Float.floatToIntBits(down));
        float third = f(1f) / f(3f);
        System.out.println(Float.floatToIntBits(third * 3f));
        System.out.println(Float.floatToIntBits(third + third + third));
        float half = f(0.5f);
        for (int k = 0; k < 30; k += 6) {
            float p = 1f;
            for (int r = 0; r < k; r++) {
                p *= half;
            }
            System.out.println("0.5^" + k + " bits " + Integer.toHexString(Float.floatToIntBits(p)));
        }
        float mixed = i(3) * f(0.1f) + i(7);
        System.out.println("mixed bits " + Float.floatToIntBits(mixed));
        double viaDouble = (double) f(0.1f) * 3;
        float backToFloat = (float) viaDouble;
        System.out.println(Float.floatToIntBits(backToFloat) + " " + Float.floatToIntBits(f(0.1f) * 3));
        System.out.println(f(0.5f) + f(0.25f));
        System.out.println(f(-8f) / f(3f) * f(3f) == f(-8f));
    }
}
