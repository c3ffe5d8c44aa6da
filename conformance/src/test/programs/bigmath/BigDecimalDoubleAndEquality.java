package bigmath;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * BigDecimal and double: new BigDecimal(double) gives the exact binary value while valueOf(double) goes
 * through Double.toString, new BigDecimal(double, MathContext), doubleValue round trips, NaN/infinity's
 * NumberFormatException; and equality: equals compares scale while compareTo does not, hashCode follows
 * equals, HashSet versus TreeSet of equal-valued decimals, min/max, and sorting by value.
 */
public class BigDecimalDoubleAndEquality {
    public static void main(String[] args) {
        double[] ds = {0.1, 0.5, 1.0 / 3, 100.0, 1e-7, 1e20, -2.675, Double.MIN_VALUE, 123456789.125, -0.0};
        for (double d : ds) {
            System.out.println(d + " new " + new BigDecimal(d) + " valueOf " + BigDecimal.valueOf(d) + " mc " + new BigDecimal(d, MathContext.DECIMAL64)
                    + " back " + new BigDecimal(d).doubleValue());
        }
        System.out.println("valueOf float " + BigDecimal.valueOf(0.1f) + " new float " + new BigDecimal(0.1f));
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            try {
                new BigDecimal(bad);
            } catch (NumberFormatException e) {
                System.out.println("bad double: " + e.getMessage());
            }
            try {
                BigDecimal.valueOf(bad);
            } catch (NumberFormatException e) {
                System.out.println("bad valueOf: " + e.getMessage());
            }
        }
        BigDecimal x = new BigDecimal("2.0");
        BigDecimal y = new BigDecimal("2.00");
        System.out.println("equals " + x.equals(y) + " compareTo " + x.compareTo(y) + " hash " + x.hashCode() + " " + y.hashCode()
                + " stripped equal " + x.stripTrailingZeros().equals(y.stripTrailingZeros()));
        List<BigDecimal> values = List.of(new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("1"), new BigDecimal("0.1E1"),
                new BigDecimal("10E-1"), new BigDecimal("-0"), new BigDecimal("0.000"));
        Set<BigDecimal> hash = new HashSet<>(values);
        TreeSet<BigDecimal> tree = new TreeSet<>(values);
        System.out.println("hash set size " + hash.size() + " tree set " + tree + " first " + tree.first());
        System.out.println("min " + x.min(y) + " max " + y.max(x) + " min picks this when equal " + (x.min(y) == x));
        BigDecimal[] sorted = {new BigDecimal("3.10"), new BigDecimal("-1"), new BigDecimal("3.1"), new BigDecimal("1E+1"), new BigDecimal("0.99")};
        java.util.Arrays.sort(sorted);
        System.out.println("sorted " + java.util.Arrays.toString(sorted));
        System.out.println("constants " + BigDecimal.ZERO + " " + BigDecimal.ONE + " " + BigDecimal.TEN + " valueOf(0) cached "
                + (BigDecimal.valueOf(0) == BigDecimal.ZERO) + " hash of zero scales " + new BigDecimal("0.0").hashCode() + " " + BigDecimal.ZERO.hashCode());
        System.out.println("money " + new BigDecimal("19.99").multiply(new BigDecimal("3")).add(new BigDecimal("0.015")).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
