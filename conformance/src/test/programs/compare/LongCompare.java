package compare;

/** lcmp: ordering of longs whose difference overflows, and comparisons mixing int and long. */
public class LongCompare {
    static long l(long v) { return v; }

    public static void main(String[] args) {
        long[] vals = {Long.MIN_VALUE, -(1L << 32), -1, 0, 1, 1L << 32, Long.MAX_VALUE};
        for (long a : vals) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (long b : vals) {
                line.append(' ');
                line.append(a < b ? "lt" : a > b ? "gt" : "eq");
                line.append(a <= b ? 1 : 0).append(a >= b ? 1 : 0).append(a != b ? 1 : 0);
            }
            System.out.println(line);
        }
        long big = l(4294967296L);
        int small = -1;
        System.out.println(big > small);
        System.out.println(small < big);
        System.out.println(l(0xffffffffL) == -1);
        System.out.println((int) l(0xffffffffL) == -1);
        System.out.println(Long.compare(l(Long.MIN_VALUE), l(Long.MAX_VALUE)));
        System.out.println(Long.compare(l(1), l(1)));
        System.out.println(Long.compare(l(Long.MAX_VALUE), l(Long.MIN_VALUE)));
        long diff = l(Long.MAX_VALUE) - l(-1);
        System.out.println("naive diff sign " + (diff > 0) + " true order " + (l(Long.MAX_VALUE) > l(-1)));
        int hits = 0;
        for (long k = -10; k < 10; k++) {
            if (k * k > 20 == k > 0) {
                hits++;
            }
        }
        System.out.println("hits " + hits);
    }
}
