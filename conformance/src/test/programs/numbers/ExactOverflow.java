package numbers;

/**
 * Math's exact arithmetic at the edges of int and long: which operands overflow and the
 * ArithmeticException texts ("integer overflow", "long overflow", absExact's), checked against an
 * independent overflow test; floorDiv and floorMod with negative operands, MIN_VALUE and -1, the
 * (long, int) overloads, and division by zero through them.
 */
public class ExactOverflow {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    interface IntOp { int apply(int a, int b); }
    interface LongOp { long apply(long a, long b); }

    static String tryInt(IntOp op, int a, int b) {
        try {
            return Integer.toString(op.apply(a, b));
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }

    static String tryLong(LongOp op, long a, long b) {
        try {
            return Long.toString(op.apply(a, b));
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }

    public static void main(String[] args) {
        int[] is = {i(0), i(1), i(-1), i(2), i(-2), i(46341), i(-46341), i(65536), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE),
            i(Integer.MIN_VALUE + 1), i(1 << 30)};
        for (int a : is) {
            StringBuilder line = new StringBuilder("int " + a + ":");
            for (int b : is) {
                line.append(" [").append(tryInt(Math::addExact, a, b)).append(' ').append(tryInt(Math::subtractExact, a, b))
                        .append(' ').append(tryInt(Math::multiplyExact, a, b)).append(' ').append(tryInt(Math::floorDiv, a, b))
                        .append(' ').append(tryInt(Math::floorMod, a, b)).append(']');
                long wide = (long) a * b;
                boolean overflows = wide != (int) wide;
                boolean threw = tryInt(Math::multiplyExact, a, b).startsWith("AE");
                if (overflows != threw) System.out.println("MISMATCH multiply " + a + " " + b);
            }
            System.out.println(line);
            System.out.println("  unary " + tryInt((x, y) -> Math.negateExact(x), a, 0) + " " + tryInt((x, y) -> Math.incrementExact(x), a, 0)
                    + " " + tryInt((x, y) -> Math.decrementExact(x), a, 0) + " " + tryInt((x, y) -> Math.absExact(x), a, 0)
                    + " " + tryLong((x, y) -> Math.multiplyExact(x, (int) y), a, l(-1)));
        }
        long[] ls = {l(0), l(1), l(-1), l(3037000500L), l(-3037000500L), l(1L << 32), l(Long.MAX_VALUE), l(Long.MIN_VALUE),
            l(Long.MIN_VALUE + 1), l(Integer.MAX_VALUE + 1L), l(Integer.MIN_VALUE - 1L), l(-7)};
        for (long a : ls) {
            StringBuilder line = new StringBuilder("long " + a + ":");
            for (long b : ls) {
                line.append(" [").append(tryLong(Math::addExact, a, b)).append(' ').append(tryLong(Math::subtractExact, a, b))
                        .append(' ').append(tryLong(Math::multiplyExact, a, b)).append(' ').append(tryLong(Math::floorDiv, a, b))
                        .append(' ').append(tryLong(Math::floorMod, a, b)).append(']');
                boolean overflows = Math.multiplyHigh(a, b) != ((a * b) >> 63);
                boolean threw = tryLong(Math::multiplyExact, a, b).startsWith("AE");
                if (overflows != threw) System.out.println("MISMATCH multiply " + a + " " + b);
            }
            System.out.println(line);
            System.out.println("  unary " + tryLong((x, y) -> Math.negateExact(x), a, 0) + " " + tryLong((x, y) -> Math.incrementExact(x), a, 0)
                    + " " + tryLong((x, y) -> Math.decrementExact(x), a, 0) + " " + tryLong((x, y) -> Math.absExact(x), a, 0)
                    + " " + tryLong((x, y) -> Math.toIntExact(x), a, 0) + " " + tryLong((x, y) -> Math.floorDiv(x, (int) y), a, l(-3))
                    + " " + tryLong((x, y) -> Math.floorMod(x, (int) y), a, l(-3)) + " " + tryLong((x, y) -> Math.floorMod(x, (int) y), a, l(5)));
        }
        System.out.println("floor MIN/-1 " + Math.floorDiv(i(Integer.MIN_VALUE), i(-1)) + " " + Math.floorMod(i(Integer.MIN_VALUE), i(-1))
                + " " + Math.floorDiv(l(Long.MIN_VALUE), l(-1)) + " " + Math.floorMod(l(Long.MIN_VALUE), l(-1))
                + " " + Math.floorDiv(l(Long.MIN_VALUE), i(-1)) + " " + Math.floorMod(l(Long.MIN_VALUE), i(-1)));
        System.out.println("floor signs " + Math.floorDiv(i(-7), i(2)) + " " + Math.floorMod(i(-7), i(2)) + " " + Math.floorDiv(i(7), i(-2))
                + " " + Math.floorMod(i(7), i(-2)) + " " + Math.floorDiv(i(-7), i(-2)) + " " + Math.floorMod(i(-7), i(-2))
                + " " + Math.floorMod(i(-8), i(2)) + " " + Math.floorMod(l(-1), i(Integer.MIN_VALUE)) + " " + Math.floorMod(i(5), i(Integer.MIN_VALUE)));
        System.out.println("by zero " + tryInt(Math::floorDiv, 5, 0) + " " + tryInt(Math::floorMod, -5, 0) + " "
                + tryLong(Math::floorDiv, 5, 0) + " " + tryLong(Math::floorMod, 5, 0) + " "
                + tryLong((x, y) -> Math.floorMod(x, (int) y), 5, 0));
        long steps = 0;
        int value = 1;
        try {
            while (true) {
                value = Math.multiplyExact(value, 3);
                steps++;
            }
        } catch (ArithmeticException e) {
            System.out.println("powers of 3 fit in int: " + steps + " last " + value + " (" + e.getMessage() + ")");
        }
        long lv = 1;
        steps = 0;
        try {
            while (true) {
                lv = Math.addExact(lv, lv / 2 + 1);
                steps++;
            }
        } catch (ArithmeticException e) {
            System.out.println("growth steps in long: " + steps + " last " + lv + " (" + e.getMessage() + ")");
        }
    }
}
