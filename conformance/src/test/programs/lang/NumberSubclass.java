package lang;

import java.util.ArrayList;
import java.util.List;

/**
 * java.lang.Number as a base class: a program's own Number (a fraction) with the abstract conversions and
 * the inherited byteValue/shortValue, Numbers of every box type through the Number interface (narrowing
 * and truncation of each xxxValue), summing a heterogeneous List of Numbers, and instanceof dispatch.
 */
public class NumberSubclass {
    static final class Fraction extends Number implements Comparable<Fraction> {
        final long num;
        final long den;

        Fraction(long num, long den) {
            if (den == 0) {
                throw new ArithmeticException("zero denominator");
            }
            long g = gcd(Math.abs(num), Math.abs(den));
            long sign = den < 0 ? -1 : 1;
            this.num = sign * num / g;
            this.den = sign * den / g;
        }

        static long gcd(long a, long b) {
            return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
        }

        public int intValue() {
            return (int) (num / den);
        }

        public long longValue() {
            return num / den;
        }

        public float floatValue() {
            return (float) num / den;
        }

        public double doubleValue() {
            return (double) num / den;
        }

        public int compareTo(Fraction o) {
            return Long.compare(num * o.den, o.num * den);
        }

        @Override
        public String toString() {
            return num + "/" + den;
        }
    }

    public static void main(String[] args) {
        Fraction f = new Fraction(-22, 7);
        System.out.println(f + " int " + f.intValue() + " long " + f.longValue() + " float " + f.floatValue() + " double " + f.doubleValue()
                + " byte " + f.byteValue() + " short " + f.shortValue());
        Fraction big = new Fraction(1_000_000_000_000L, 3);
        System.out.println(big + " int " + big.intValue() + " short " + big.shortValue() + " byte " + big.byteValue());
        List<Number> numbers = new ArrayList<>(List.of((byte) -100, (short) 40000 - 70000, 123456789, 9_876_543_210L, 3.75f, -2.5e10, f));
        double total = 0;
        for (Number n : numbers) {
            String kind = n instanceof Integer ? "Integer" : n instanceof Long ? "Long" : n instanceof Double ? "Double" : n instanceof Float ? "Float"
                    : n instanceof Short ? "Short" : n instanceof Byte ? "Byte" : n.getClass().getSimpleName();
            System.out.println(kind + " " + n + " -> byte " + n.byteValue() + " short " + n.shortValue() + " int " + n.intValue() + " long " + n.longValue()
                    + " float " + n.floatValue() + " double " + n.doubleValue());
            total += n.doubleValue();
        }
        System.out.println("total " + total);
        List<Fraction> fs = new ArrayList<>(List.of(new Fraction(1, 2), new Fraction(-1, 3), new Fraction(2, 4), new Fraction(5, -10)));
        fs.sort(null);
        System.out.println("sorted " + fs);
        try {
            new Fraction(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("zero: " + e.getMessage());
        }
        Number nan = Double.NaN;
        Number inf = Float.NEGATIVE_INFINITY;
        System.out.println("special " + nan.intValue() + " " + nan.longValue() + " " + inf.intValue() + " " + inf.longValue() + " " + inf.shortValue());
    }
}
