package numbers;

/**
 * Float.toString: the shortest decimal that rounds back to the float (not to the double it widens to),
 * on values below 2^25 in magnitude, where JDK 17's older algorithm mostly agrees with JDK 19+
 * (docs/runtime-lib.md lists where not: Float.MIN_NORMAL and some other powers of two, the smallest
 * subnormals), plus the edges of the float format.
 */
public class FloatToStringShortest {
    static float f(float v) { return v; }

    static int seed = 0x2545F491;

    static float nextUnit() {
        seed = seed * 1103515245 + 12345;
        return 1f + (seed >>> 9) * 0x1p-23f;
    }

    public static void main(String[] args) {
        float[] specials = {f(0f), f(-0f), f(1f), f(0.1f), f(0.2f), f(0.3f), f(0.1f) + f(0.2f), f(1f) / 3, f(100f),
            f(1e7f), Math.nextDown(1e7f), f(1e-3f), Math.nextDown(1e-3f), f(1234567f), f(16777216f),
            f(16777217f), f(3.4028235e38f), Float.MIN_VALUE, f(1e-40f), f(1.0E10f), f(3.14159265f),
            f(2.7182817f), f(0.5f), f(1.1f), f(2.2f), f(3.3f), f(33554431f), f(1e-10f), f(7.0E-45f),
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        for (float v : specials) {
            System.out.println(v + " " + Integer.toHexString(Float.floatToRawIntBits(v)) + " as double " + (double) v);
        }
        for (int e = -38; e <= 7; e++) {
            float p = Float.parseFloat("1e" + e);
            System.out.println("1e" + e + "f -> " + p + " " + Math.nextUp(p) + " " + Math.nextDown(p));
        }
        for (int e = -12; e <= 6; e++) {
            float scale = Float.parseFloat("1e" + e);
            StringBuilder line = new StringBuilder("e" + e + ":");
            for (int k = 0; k < 8; k++) {
                line.append(' ').append(nextUnit() * scale);
            }
            System.out.println(line);
        }
        for (int binade = -120; binade <= 24; binade += 6) {
            StringBuilder line = new StringBuilder("2^" + binade + ":");
            for (int k = 0; k < 5; k++) {
                line.append(' ').append(-Math.scalb(nextUnit(), binade));
            }
            System.out.println(line);
        }
        StringBuilder concat = new StringBuilder();
        concat.append(f(1.5f)).append('|').append(String.valueOf(f(-2.25f))).append('|').append(Float.toString(f(1e-7f)))
                .append('|').append(Float.valueOf(f(6.25e-3f)));
        System.out.println(concat);
    }
}
