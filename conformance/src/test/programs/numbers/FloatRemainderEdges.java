package numbers;

/**
 * frem: the exact truncating remainder of two floats, computed as floats (never through a rounded
 * double quotient), with the same sign, zero, infinity and NaN rules as drem.
 */
public class FloatRemainderEdges {
    static float f(float v) { return v; }

    static String bits(float v) {
        return v != v ? "NaN" : Integer.toHexString(Float.floatToRawIntBits(v));
    }

    public static void main(String[] args) {
        float inf = Float.POSITIVE_INFINITY;
        float[] values = {f(0f), f(-0f), f(1f), f(-1f), f(2.5f), f(-2.5f), f(3f), f(0.1f), f(-0.7f),
            Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, f(1e30f),
            f(16777217f), inf, -inf, Float.NaN};
        for (float a : values) {
            StringBuilder line = new StringBuilder(bits(a) + " %");
            for (float b : values) {
                line.append(' ').append(bits(a % b));
            }
            System.out.println(line);
        }
        System.out.println("1e30f % 3 = " + (f(1e30f) % f(3f)));
        System.out.println("MAX % MIN = " + bits(Float.MAX_VALUE % Float.MIN_VALUE));
        System.out.println("1 % 0.1f = " + (f(1f) % f(0.1f)));
        System.out.println("-1 % 0.1f = " + (f(-1f) % f(0.1f)));
        System.out.println("5.5f % -2 = " + (f(5.5f) % f(-2f)));
        System.out.println("-4f % 2 = " + bits(f(-4f) % f(2f)));
        System.out.println("16777216f % 0.3f = " + (f(16777216f) % f(0.3f)));
        float x = f(123456.79f);
        x %= f(0.011f);
        System.out.println("123456.79f %= 0.011f -> " + bits(x));
        int acc = 0;
        for (int k = 1; k < 300; k++) {
            acc = acc * 31 + Float.floatToRawIntBits(f(k * 3.3e7f) % f(k * 0.013f));
        }
        System.out.println("sweep " + acc);
    }
}
