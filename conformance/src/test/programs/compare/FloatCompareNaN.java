package compare;

/** fcmpl/fcmpg and dcmpl/dcmpg: every comparison involving NaN is false except !=, also when negated. */
public class FloatCompareNaN {
    static float f(float v) { return v; }
    static double d(double v) { return v; }

    static String rel(float a, float b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0)
                + (a != b ? 1 : 0) + (!(a < b) ? 1 : 0) + (!(a > b) ? 1 : 0) + (!(a >= b) ? 1 : 0) + (!(a <= b) ? 1 : 0);
    }

    static String rel(double a, double b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0)
                + (a != b ? 1 : 0) + (!(a < b) ? 1 : 0) + (!(a > b) ? 1 : 0) + (!(a >= b) ? 1 : 0) + (!(a <= b) ? 1 : 0);
    }

    static int branchy(float a, float b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a > b) r |= 2;
        if (a <= b) r |= 4;
        if (a >= b) r |= 8;
        if (!(a < b)) r |= 16;
        if (!(a >= b)) r |= 32;
        while (a > b) {
            r |= 64;
            break;
        }
        return r;
    }

    static int branchy(double a, double b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a > b) r |= 2;
        if (a <= b) r |= 4;
        if (a >= b) r |= 8;
        if (!(a < b)) r |= 16;
        if (!(a >= b)) r |= 32;
        int spins = 0;
        do {
            if (a == b) r |= 64;
            spins++;
        } while (a != a && spins < 3);
        return r + spins * 128;
    }

    public static void main(String[] args) {
        float[] fs = {f(Float.NaN), f(Float.NEGATIVE_INFINITY), f(-1f), f(-0f), f(0f), f(1f), f(Float.POSITIVE_INFINITY)};
        for (float a : fs) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (float b : fs) {
                line.append(' ').append(rel(a, b)).append('/').append(branchy(a, b));
            }
            System.out.println(line);
        }
        double[] ds = {d(Double.NaN), d(Double.NEGATIVE_INFINITY), d(-1), d(-0.0), d(0.0), d(1), d(Double.POSITIVE_INFINITY)};
        for (double a : ds) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (double b : ds) {
                line.append(' ').append(rel(a, b)).append('/').append(branchy(a, b));
            }
            System.out.println(line);
        }
        float nan = f(0f / 0f);
        System.out.println(nan < 1 ? "lt" : nan > 1 ? "gt" : "neither");
        double dnan = d(0.0 / 0.0);
        System.out.println(Math.max(dnan, 1) + " " + Math.min(dnan, 1));
        int counted = 0;
        for (double x = d(0.0); x < 3; x += 0.5) {
            counted++;
        }
        System.out.println("counted " + counted);
        boolean mixed = f(0.1f) == d(0.1);
        System.out.println("0.1f == 0.1: " + mixed);
        System.out.println("0.5f == 0.5: " + (f(0.5f) == d(0.5)));
    }
}
