package number_text;

/**
 * Float.toString where JDK 17 (FloatingDecimal) and JDK 19+ (the shortest decimal) print differently,
 * and random floats from every binade: the output is that of the JDK the suite runs on, which Kiln
 * matches on both (docs/runtime-lib.md, "Number text"). Every way of printing a float goes through it:
 * Float.toString, String.valueOf, StringBuilder.append, string concatenation, PrintStream.print.
 */
public class FloatText {
    static float f(float v) { return v; }

    static int seed = 0x6B43A9B5;

    static int next() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    static void line(String label, float v) {
        System.out.println(label + " " + v);
    }

    public static void main(String[] args) {
        // Every path that turns a float into text.
        float big = f(1.5E10f);
        System.out.println(Float.toString(big));
        System.out.println(String.valueOf(big));
        System.out.println(new StringBuilder().append(big).append(' ').append(Float.valueOf(big)));
        System.out.print(big);
        System.out.println();
        System.out.println(big);
        System.out.println("concat " + big + " " + Float.valueOf(big).toString());
        System.out.println(new StringBuilder("xy").insert(1, big));
        System.out.println(f(2.14748365E9f) + " " + (double) f(2.14748365E9f));

        // (1) Most floats in [2^25, 2^63): a digit too many on JDK 17.
        for (int e = 25; e < 63; e++) {
            for (int k = 0; k < 8; k++) {
                line("1." + e, Math.scalb(1.0f + (next() >>> 9) * 0x1p-23f, e));
            }
        }
        // (3) Every power of two.
        for (int e = -149; e <= 127; e++) line("3." + e, Math.scalb(1.0f, e));
        line("3.min_normal", Float.MIN_NORMAL);
        line("3.max", Float.MAX_VALUE);
        // (4) Subnormals below about 1e-42.
        for (int k = 1; k <= 800; k += 3) line("4." + k, Float.MIN_VALUE * k);
        // (5) Isolated floats: 8.0779357E-28 and the neighbourhoods of 2^82 and 2^85.
        line("5.named", f(8.0779357E-28f));
        float up = f(8.0779357E-28f);
        float down = up;
        for (int i = 0; i < 20; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            line("5.around", up);
            line("5.around", down);
        }
        for (int e : new int[] {82, 85}) {
            float p = Math.scalb(1.0f, e);
            for (int i = 0; i < 200; i++) {
                p = Math.nextUp(p);
                line("5." + e, p);
            }
        }
        // Random floats from every binade, both signs.
        for (int i = 0; i < 2500; i++) {
            float v = Float.intBitsToFloat(next());
            if (Float.isNaN(v)) continue;
            line("r", v);
        }
        // Short decimals of every magnitude.
        for (int e = -46; e <= 38; e += 2) {
            for (int m = 1; m <= 999; m += 83) line("s", Float.parseFloat(m + "e" + e));
        }
        float[] specials = {0.0f, -0.0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.0E7f, 9999999.0f, 1.0E-3f, 0.1f, 100.0f};
        for (float v : specials) line("special", f(v));
    }
}
