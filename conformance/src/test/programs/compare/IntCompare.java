package compare;

/** Signed int comparisons in branches and as boolean values, against zero and between variables. */
public class IntCompare {
    static int i(int v) { return v; }

    static String rel(int a, int b) {
        StringBuilder sb = new StringBuilder();
        sb.append(a < b ? '<' : '.');
        sb.append(a <= b ? 'L' : '.');
        sb.append(a > b ? '>' : '.');
        sb.append(a >= b ? 'G' : '.');
        sb.append(a == b ? '=' : '.');
        sb.append(a != b ? '!' : '.');
        return sb.toString();
    }

    static String zero(int a) {
        String s = "";
        if (a < 0) s += "neg ";
        if (a <= 0) s += "nonpos ";
        if (a > 0) s += "pos ";
        if (a >= 0) s += "nonneg ";
        if (a == 0) s += "zero ";
        if (a != 0) s += "nonzero ";
        return s;
    }

    public static void main(String[] args) {
        int[] vals = {Integer.MIN_VALUE, -100, -1, 0, 1, 100, Integer.MAX_VALUE};
        for (int a : vals) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (int b : vals) {
                line.append(' ').append(rel(a, b));
            }
            System.out.println(line);
            System.out.println("  " + zero(a));
        }
        boolean t = i(3) > i(2);
        boolean f = i(3) < i(2);
        System.out.println(t + " " + f + " " + (t & f) + " " + (t | f) + " " + (t ^ f) + " " + !t);
        System.out.println(Integer.compare(i(5), i(7)) + " " + Integer.compare(i(7), i(5)) + " " + Integer.compare(i(5), i(5)));
        System.out.println(Integer.compare(Integer.MIN_VALUE, i(1)) + " " + Integer.compare(Integer.MAX_VALUE, i(-1)));
        // Unsigned comparison by flipping the sign bit.
        int ua = i(-1);
        int ub = i(1);
        System.out.println((ua + Integer.MIN_VALUE) > (ub + Integer.MIN_VALUE));
        int count = 0;
        for (int k = -5; k <= 5; k++) {
            if (k > -3 && k < 3 || k == 5) {
                count++;
            }
        }
        System.out.println("count " + count);
        int max = vals[0];
        int min = vals[vals.length - 1];
        for (int v : vals) {
            if (v > max) max = v;
            if (v < min) min = v;
        }
        System.out.println(max + " " + min);
        System.out.println(Math.max(i(3), i(-3)) == 3);
    }
}
