package math;

import java.util.HashSet;
import java.util.Set;

/**
 * Math.random and StrictMath.random: values in [0, 1) with a positive sign, not all equal, and their mean near
 * one half (a bound no correct generator misses in practice: 20,000 draws, 0.45 to 0.55).
 */
public class MathRandom {
    public static void main(String[] args) {
        check("Math", true);
        check("StrictMath", false);
    }

    private static void check(String name, boolean math) {
        int n = 20_000;
        double sum = 0;
        boolean inRange = true;
        Set<Double> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            double d = math ? Math.random() : StrictMath.random();
            inRange &= d >= 0.0 && d < 1.0 && Double.doubleToRawLongBits(d) >= 0;
            sum += d;
            distinct.add(d);
        }
        double mean = sum / n;
        System.out.println(name + ".random: in [0, 1): " + inRange + ", mean near 0.5: " + (mean > 0.45 && mean < 0.55)
                + ", more than 19,000 distinct: " + (distinct.size() > 19_000));
    }
}
