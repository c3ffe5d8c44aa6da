package numbers;

/**
 * All six comparison operators on every pair of special float and double values, both as boolean values
 * and as branch conditions (javac picks fcmpl or fcmpg so that NaN makes the test false), and their
 * negations (where NaN makes the negated test true).
 */
public class ComparisonMatrix {
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    static String doubles(double a, double b) {
        StringBuilder s = new StringBuilder();
        s.append(a < b ? '1' : '0').append(a <= b ? '1' : '0').append(a > b ? '1' : '0').append(a >= b ? '1' : '0')
                .append(a == b ? '1' : '0').append(a != b ? '1' : '0');
        boolean lt = a < b;
        boolean notLt = !(a < b);
        boolean notGe = !(a >= b);
        boolean notEq = !(a == b);
        s.append(lt ? 'T' : 'F').append(notLt ? 'T' : 'F').append(notGe ? 'T' : 'F').append(notEq ? 'T' : 'F');
        if (a > b) {
            s.append('>');
        } else if (a < b) {
            s.append('<');
        } else if (a == b) {
            s.append('=');
        } else {
            s.append('?');
        }
        return s.toString();
    }

    static String floats(float a, float b) {
        StringBuilder s = new StringBuilder();
        s.append(a < b ? '1' : '0').append(a <= b ? '1' : '0').append(a > b ? '1' : '0').append(a >= b ? '1' : '0')
                .append(a == b ? '1' : '0').append(a != b ? '1' : '0');
        if (!(a <= b)) {
            s.append('!');
        }
        if (!(a > b)) {
            s.append('~');
        }
        return s.toString();
    }

    public static void main(String[] args) {
        double[] ds = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, d(-1), -Double.MIN_VALUE, d(-0.0), d(0.0),
            Double.MIN_VALUE, d(1), Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (double a : ds) {
            StringBuilder line = new StringBuilder("d " + a + ":");
            for (double b : ds) {
                line.append(' ').append(doubles(a, b));
            }
            System.out.println(line);
        }
        float[] fs = {Float.NEGATIVE_INFINITY, f(-1), f(-0f), f(0f), Float.MIN_VALUE, f(1), Float.POSITIVE_INFINITY, Float.NaN};
        for (float a : fs) {
            StringBuilder line = new StringBuilder("f " + a + ":");
            for (float b : fs) {
                line.append(' ').append(floats(a, b));
            }
            System.out.println(line);
        }
        long[] ls = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        for (long a : ls) {
            StringBuilder line = new StringBuilder("l " + a + ":");
            for (long b : ls) {
                line.append(' ').append(Long.compare(a, b)).append(a < b ? "<" : "").append(a >= b ? ">=" : "")
                        .append(Long.compareUnsigned(a, b));
            }
            System.out.println(line);
        }
        int[] is = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        for (int a : is) {
            StringBuilder line = new StringBuilder("i " + a + ":");
            for (int b : is) {
                line.append(' ').append(Integer.compare(a, b)).append(Integer.compareUnsigned(a, b))
                        .append(Integer.signum(a - b));
            }
            System.out.println(line);
        }
        int count = 0;
        double nan = d(Double.NaN);
        for (double x = -2; x <= 2; x += 0.5) {
            if (x < nan || x > nan || x == nan) {
                count += 100;
            }
            if (!(x >= nan)) {
                count++;
            }
        }
        System.out.println("NaN loop " + count);
    }
}
