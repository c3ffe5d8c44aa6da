package number_text;

/**
 * Double.toString where JDK 17 (FloatingDecimal) and JDK 19+ (the shortest decimal) print differently,
 * and random doubles from every binade: the output is that of the JDK the suite runs on, which Kiln
 * matches on both (docs/runtime-lib.md, "Number text"). Every way of printing a double goes through it:
 * Double.toString, String.valueOf, StringBuilder.append, string concatenation, PrintStream.print.
 */
public class DoubleText {
    static double d(double v) { return v; }

    static long seed = 0x2545F4914F6CDD1DL;

    static long next() {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return seed;
    }

    static void line(String label, double v) {
        System.out.println(label + " " + v);
    }

    public static void main(String[] args) {
        // Every path that turns a double into text.
        double big = d(1.0E23);
        System.out.println(Double.toString(big));
        System.out.println(String.valueOf(big));
        System.out.println(new StringBuilder().append(big).append(' ').append(Double.valueOf(big)));
        System.out.print(big);
        System.out.println();
        System.out.println(big);
        System.out.println("concat " + big + " " + Double.valueOf(big).toString());
        System.out.println(new StringBuilder("xy").insert(1, big));

        // (1) Most doubles in [2^54, 2^63): a digit too many on JDK 17.
        for (int e = 54; e < 63; e++) {
            for (int k = 0; k < 12; k++) {
                line("1." + e, Math.scalb(1.0 + (next() >>> 12) * 0x1p-52, e));
            }
        }
        line("1.int", d(2.147483648E9) * 4.3e9);
        // (2) From 2^63 to about 2^85: longer, or a unit lower, on JDK 17.
        double[] named = {1.0E23, 8.41E21, 2.0E22, 9.5E21, 5.0E22, 1.2E24, 3.0E25, 1.0E22, 9.223372036854776E18};
        for (double v : named) line("2.named", d(v));
        for (int e = 63; e <= 86; e++) {
            for (int k = 0; k < 10; k++) {
                line("2." + e, Math.scalb(1.0 + (next() >>> 12) * 0x1p-52, e));
            }
        }
        for (int i = 1; i <= 40; i++) line("2.decimal", Double.parseDouble(i + "e21"));
        // (3) Powers of two, where the gap below is half the gap above.
        for (int e = -1074; e <= 1023; e += 3) line("3." + e, Math.scalb(1.0, e));
        line("3.min_normal", Double.MIN_NORMAL);
        line("3.max", Double.MAX_VALUE);
        // (4) Subnormals with few digits.
        for (int k = 1; k <= 120; k++) line("4." + k, Double.MIN_VALUE * k);
        for (int k = 1; k <= 30; k++) line("4.near", Double.MIN_VALUE * (k * 1000 + 1));
        // Random doubles from every binade, both signs.
        for (int i = 0; i < 1500; i++) {
            double v = Double.longBitsToDouble(next());
            if (Double.isNaN(v)) continue;
            line("r", v);
        }
        // Short decimals of every magnitude.
        for (int e = -325; e <= 308; e += 11) {
            for (int m = 1; m <= 999; m += 97) line("s", Double.parseDouble(m + "e" + e));
        }
        // The specials.
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0E7, 9999999.999999998, 1.0E-3, 9.999999999999998E-4, 0.1, 100.0};
        for (double v : specials) line("special", d(v));
    }
}
