package lang;

/**
 * The exact arithmetic of Math and StrictMath: addExact, subtractExact, multiplyExact (int, long, long by
 * int), incrementExact, decrementExact, negateExact, toIntExact, multiplyHigh, absExact (JDK 15) at the
 * boundaries, with the ArithmeticException messages ("integer overflow", "long overflow",
 * "Overflow to represent absolute value of ...").
 */
public class MathExactArithmetic {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    static int i(int v) {
        return v;
    }

    static long l(long v) {
        return v;
    }

    public static void main(String[] args) {
        int max = i(Integer.MAX_VALUE);
        int min = i(Integer.MIN_VALUE);
        long lmax = l(Long.MAX_VALUE);
        long lmin = l(Long.MIN_VALUE);
        attempt("addExact ok", () -> Math.addExact(max - 1, 1));
        attempt("addExact int", () -> Math.addExact(max, 1));
        attempt("addExact long", () -> Math.addExact(lmax, 1L));
        attempt("subtractExact int", () -> Math.subtractExact(min, 1));
        attempt("subtractExact long", () -> StrictMath.subtractExact(lmin, 1L));
        attempt("multiplyExact int", () -> Math.multiplyExact(46341, i(46341)));
        attempt("multiplyExact int ok", () -> Math.multiplyExact(46340, i(46340)));
        attempt("multiplyExact long", () -> Math.multiplyExact(lmax, 2L));
        attempt("multiplyExact long int", () -> Math.multiplyExact(lmin, i(-1)));
        attempt("multiplyExact min*-1", () -> Math.multiplyExact(min, i(-1)));
        attempt("multiplyExact long ok", () -> Math.multiplyExact(l(3037000499L), 3037000499L));
        attempt("incrementExact", () -> Math.incrementExact(max));
        attempt("incrementExact long", () -> Math.incrementExact(lmax));
        attempt("decrementExact", () -> Math.decrementExact(min));
        attempt("decrementExact long", () -> StrictMath.decrementExact(lmin));
        attempt("negateExact", () -> Math.negateExact(min));
        attempt("negateExact long", () -> Math.negateExact(lmin));
        attempt("negateExact ok", () -> Math.negateExact(max));
        attempt("toIntExact", () -> Math.toIntExact(l(1L << 31)));
        attempt("toIntExact neg ok", () -> Math.toIntExact(l(-(1L << 31))));
        attempt("absExact", () -> Math.absExact(min));
        attempt("absExact long", () -> Math.absExact(lmin));
        attempt("absExact ok", () -> Math.absExact(i(-5)) + " " + StrictMath.absExact(l(-6)));
        attempt("abs min", () -> Math.abs(min) + " " + Math.abs(lmin));
        attempt("multiplyHigh", () -> Math.multiplyHigh(lmax, lmax) + " " + Math.multiplyHigh(lmin, l(-1)) + " " + Math.multiplyHigh(l(-3), 5));
        attempt("multiplyFull", () -> Math.multiplyFull(max, max) + " " + Math.multiplyFull(min, i(-1)));
        attempt("int div min/-1", () -> min / i(-1) + " " + min % i(-1));
        attempt("long div by zero", () -> lmax / l(0));
        attempt("int rem by zero", () -> max % i(0));
        attempt("floorDiv by zero", () -> Math.floorDiv(max, i(0)));
        attempt("floorMod by zero", () -> Math.floorMod(lmax, l(0)));
        long acc = 1;
        int steps = 0;
        try {
            while (true) {
                acc = Math.multiplyExact(acc, 3L);
                steps++;
            }
        } catch (ArithmeticException e) {
            System.out.println("powers of 3 before overflow " + steps + " last " + acc);
        }
    }
}
