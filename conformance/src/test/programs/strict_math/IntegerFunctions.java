package strict_math;

/**
 * StrictMath's integer and sign functions, which equal Math's: abs (MIN_VALUE stays negative), min and
 * max of every primitive width (NaN and -0.0 rules for floating point), floorDiv and floorMod in all
 * three overloads, multiplyHigh, multiplyFull, and the exact operations on results that fit.
 */
public class IntegerFunctions {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    public static void main(String[] args) {
        int[] ints = {i(0), i(1), i(-1), i(7), i(-7), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE), i(-Integer.MAX_VALUE)};
        for (int x : ints) {
            StringBuilder line = new StringBuilder("int " + x + ": abs " + StrictMath.abs(x));
            for (int y : ints) {
                line.append(" [").append(StrictMath.min(x, y)).append(' ').append(StrictMath.max(x, y));
                if (y != 0) {
                    line.append(' ').append(StrictMath.floorDiv(x, y)).append(' ').append(StrictMath.floorMod(x, y));
                }
                line.append(' ').append(StrictMath.multiplyFull(x, y)).append(']');
            }
            System.out.println(line);
        }
        long[] longs = {l(0), l(3), l(-3), l(1L << 40), l(-(1L << 40) - 7), l(Long.MAX_VALUE), l(Long.MIN_VALUE)};
        for (long x : longs) {
            StringBuilder line = new StringBuilder("long " + x + ": abs " + StrictMath.abs(x));
            for (long y : longs) {
                line.append(" [").append(StrictMath.min(x, y)).append(' ').append(StrictMath.max(x, y)).append(' ')
                        .append(StrictMath.multiplyHigh(x, y));
                if (y != 0) {
                    line.append(' ').append(StrictMath.floorDiv(x, y)).append(' ').append(StrictMath.floorMod(x, y));
                }
                line.append(']');
            }
            System.out.println(line);
        }
        int[] smallDivisors = {i(3), i(-3), i(1), i(-1), i(Integer.MIN_VALUE)};
        for (long x : longs) {
            StringBuilder line = new StringBuilder("long/int " + x + ":");
            for (int y : smallDivisors) {
                line.append(' ').append(StrictMath.floorDiv(x, y)).append('/').append(StrictMath.floorMod(x, y));
            }
            System.out.println(line);
        }
        double[] ds = {Double.NEGATIVE_INFINITY, d(-1.0), d(-0.0), d(0.0), d(2.0), Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : ds) {
            StringBuilder line = new StringBuilder("double " + x + ":");
            for (double y : ds) {
                line.append(' ').append(StrictMath.min(x, y)).append('/').append(StrictMath.max(x, y)).append('/')
                        .append(StrictMath.min((float) x, (float) y)).append('/').append(StrictMath.max((float) x, (float) y));
            }
            System.out.println(line + " abs " + StrictMath.abs(x) + " " + StrictMath.abs((float) x));
        }
        System.out.println("exact " + StrictMath.addExact(i(Integer.MAX_VALUE - 1), i(1)) + " " + StrictMath.subtractExact(i(Integer.MIN_VALUE + 1), i(1))
                + " " + StrictMath.multiplyExact(i(46340), i(46340)) + " " + StrictMath.multiplyExact(l(3037000499L), l(3037000499L))
                + " " + StrictMath.multiplyExact(l(1L << 40), i(1 << 20)) + " " + StrictMath.incrementExact(l(Long.MAX_VALUE - 1))
                + " " + StrictMath.decrementExact(i(Integer.MIN_VALUE + 1)) + " " + StrictMath.negateExact(l(Long.MAX_VALUE))
                + " " + StrictMath.toIntExact(l(Integer.MIN_VALUE)) + " " + StrictMath.absExact(i(-Integer.MAX_VALUE))
                + " " + StrictMath.addExact(l(Long.MIN_VALUE), l(Long.MAX_VALUE)) + " " + StrictMath.subtractExact(l(-1), l(Long.MAX_VALUE)));
        long acc = 0;
        for (long k = -500; k <= 500; k++) {
            long x = k * 0x9E3779B97F4A7C15L;
            long y = (k | 1) * 0xC2B2AE3D27D4EB4FL;
            acc = acc * 31 + StrictMath.multiplyHigh(x, y) + StrictMath.floorMod(x, y) + StrictMath.floorDiv(x, (int) y | 1);
        }
        System.out.println("sweep " + acc);
    }

    static double d(double v) { return v; }
}
