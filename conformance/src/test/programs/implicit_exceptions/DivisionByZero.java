package implicit_exceptions;

/** ArithmeticException for int and long division and remainder by zero; floating point never throws. */
public class DivisionByZero {
    static int zero() {
        return 0;
    }

    static long zeroLong() {
        return 0L;
    }

    static void report(String label, ArithmeticException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        int x = 7;
        long y = 9L;
        try { System.out.println(x / zero()); } catch (ArithmeticException e) { report("int div", e); }
        try { System.out.println(x % zero()); } catch (ArithmeticException e) { report("int rem", e); }
        try { System.out.println(y / zeroLong()); } catch (ArithmeticException e) { report("long div", e); }
        try { System.out.println(y % zeroLong()); } catch (ArithmeticException e) { report("long rem", e); }
        try { System.out.println(Integer.MIN_VALUE / zero()); } catch (ArithmeticException e) { report("min div", e); }
        int z = zero();
        try { x /= z; } catch (ArithmeticException e) { report("compound", e); }
        try { x %= z; } catch (ArithmeticException e) { report("compound rem", e); }
        System.out.println("x unchanged: " + x);
        System.out.println("int min / -1: " + (Integer.MIN_VALUE / (z - 1)));
        System.out.println("int min % -1: " + (Integer.MIN_VALUE % (z - 1)));
        System.out.println("long min / -1: " + (Long.MIN_VALUE / (zeroLong() - 1)));
        System.out.println("float div: " + (1.0f / z) + " " + (0.0f / z));
        System.out.println("double rem: " + Double.isNaN(1.0 % z));
        int count = 0;
        for (int d = 3; d >= -1; d--) {
            try {
                count += 60 / d;
            } catch (ArithmeticException e) {
                report("loop at " + d, e);
            }
        }
        System.out.println("count " + count);
        try {
            System.out.println(Math.floorDiv(5, zero()));
        } catch (ArithmeticException e) {
            report("floorDiv", e);
        }
        try {
            System.out.println(Math.floorMod(5L, zeroLong()));
        } catch (ArithmeticException e) {
            report("floorMod", e);
        }
        System.out.println("done");
    }
}
