package arith_float;

/** Float % (fmod semantics: the result has the dividend's sign) with negative, zero, infinite and NaN operands. */
public class FloatRemainder {
    static float f(float v) { return v; }

    public static void main(String[] args) {
        float inf = Float.POSITIVE_INFINITY;
        float nan = Float.NaN;
        float[] as = {f(5.5f), f(-5.5f), f(7f), f(-7f), f(0f), f(-0f), f(1e10f), f(0.3f), inf, -inf, nan};
        float[] bs = {f(2f), f(-2f), f(0.25f), f(3f), f(-3f), inf, -inf, f(0f), f(-0f), nan, f(1e-3f)};
        for (float a : as) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(" %:");
            for (float b : bs) {
                line.append(' ').append(Integer.toHexString(Float.floatToIntBits(a % b)));
            }
            System.out.println(line);
        }
        System.out.println(f(5.5f) % f(2f));
        System.out.println(f(-5.5f) % f(2f));
        System.out.println(f(5.5f) % f(-2f));
        System.out.println(f(-5.5f) % f(-2f));
        System.out.println(f(7f) % inf);
        System.out.println(f(-7f) % inf);
        System.out.println(f(-4f) % f(2f));
        System.out.println(f(4f) % f(-2f));
        System.out.println(inf % f(2f));
        System.out.println(f(1f) % f(0f));
        float acc = f(100f);
        acc %= f(7.5f);
        System.out.println(acc);
    }
}
