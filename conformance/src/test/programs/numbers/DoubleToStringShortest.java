package numbers;

/**
 * Double.toString: the shortest decimal that rounds back to the value, plain notation in [1e-3, 1e7),
 * computerized scientific notation outside. The values stay where JDK 17's older algorithm already gives
 * the shortest form (docs/runtime-lib.md says where it does not: 1e23, most of [2^54, 2^63), many powers
 * of two, the smallest subnormals), so the output is the same on every JDK.
 */
public class DoubleToStringShortest {
    static double d(double v) { return v; }

    static long seed = 0x9E3779B97F4A7C15L;

    static double nextUnit() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return 1.0 + (seed >>> 12) * 0x1p-52;
    }

    public static void main(String[] args) {
        double[] specials = {d(0.0), d(-0.0), d(1.0), d(-1.0), d(0.1), d(0.2), d(0.3), d(0.1) + d(0.2), d(1.0) / 3,
            d(2.0) / 3, d(100.0), d(1e7), Math.nextDown(1e7), d(9999999.999999998), d(1e-3), Math.nextDown(1e-3),
            d(0.001), d(0.0011), d(1234567.0), d(12345678.0), d(123456789012.0), d(1e15), d(1e16), d(4.35),
            d(2.82879384806159E17) / 1e6, Double.MAX_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            Double.MIN_VALUE, d(1e-320), d(1e22), d(1e24), d(5e-324) * 1e10, Math.PI, Math.E,
            d(1.0E-5), d(123.456e-10), d(0.5), d(0.25), d(0.125), d(0.0625), d(3.0E10), d(2.0E-3),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, d(4.9E-324) * 3, d(9007199254740993.0)};
        for (double v : specials) {
            System.out.println(v + " " + Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        for (int e = -300; e <= 300; e += 7) {
            double p = Double.parseDouble("1e" + e);
            System.out.println("1e" + e + " -> " + p + " " + Math.nextUp(p) + " " + Math.nextDown(p));
        }
        for (int e = -16; e <= 15; e++) {
            double scale = Double.parseDouble("1e" + e);
            StringBuilder line = new StringBuilder("e" + e + ":");
            for (int k = 0; k < 6; k++) {
                line.append(' ').append(nextUnit() * scale);
            }
            System.out.println(line);
        }
        for (int binade = -1000; binade <= 50; binade += 25) {
            StringBuilder line = new StringBuilder("2^" + binade + ":");
            for (int k = 0; k < 4; k++) {
                line.append(' ').append(-Math.scalb(nextUnit(), binade));
            }
            System.out.println(line);
        }
        StringBuilder concat = new StringBuilder();
        concat.append(d(1.5)).append('|').append(String.valueOf(d(-2.25))).append('|').append(Double.toString(d(1e-7)))
                .append('|').append(Double.valueOf(d(6.02214076e23)));
        System.out.println(concat);
        System.out.println("sum 0.1 x10 = " + sumTenths());
    }

    static double sumTenths() {
        double s = 0;
        for (int k = 0; k < 10; k++) {
            s += d(0.1);
        }
        return s;
    }
}
