package lang;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * hashCode/equals/compare of Double and Float for NaN and signed zeros (boxed equals treats NaN as equal
 * to itself and 0.0 as different from -0.0, unlike ==), the raw and canonical bit conversions, sets and
 * sorted sets of such values, Double.compare ordering, min/max with NaN and zeros.
 */
public class FloatingEquality {
    static double d(double v) {
        return v;
    }

    public static void main(String[] args) {
        double nan = d(Double.NaN);
        double pz = d(0.0);
        double nz = d(-0.0);
        System.out.println("== nan " + (nan == nan) + " zeros " + (pz == nz));
        System.out.println("equals nan " + Double.valueOf(nan).equals(nan) + " zeros " + Double.valueOf(pz).equals(nz));
        System.out.println("hash nan " + Double.hashCode(nan) + " +0 " + Double.hashCode(pz) + " -0 " + Double.hashCode(nz) + " 1.5 " + Double.valueOf(1.5).hashCode());
        System.out.println("float hash nan " + Float.hashCode(Float.NaN) + " -0 " + Float.hashCode(-0.0f) + " 1.5 " + Float.valueOf(1.5f).hashCode());
        System.out.println("compare " + Double.compare(nan, 1e300) + " " + Double.compare(nz, pz) + " " + Double.compare(pz, nz)
                + " " + Double.compare(nan, nan) + " " + Float.compare(-0.0f, 0.0f));
        long otherNanBits = 0x7ff0000000000001L;
        double otherNan = Double.longBitsToDouble(otherNanBits);
        System.out.println("nan bits " + Long.toHexString(Double.doubleToLongBits(otherNan)) + " raw " + Long.toHexString(Double.doubleToRawLongBits(otherNan))
                + " equals " + Double.valueOf(otherNan).equals(nan));
        System.out.println("float nan bits " + Integer.toHexString(Float.floatToIntBits(Float.intBitsToFloat(0x7f800001)))
                + " raw " + Integer.toHexString(Float.floatToRawIntBits(Float.intBitsToFloat(0x7f800001))));
        Set<Double> set = new HashSet<>(List.of(1.0, 2.0));
        set.add(nan);
        set.add(Double.longBitsToDouble(otherNanBits));
        set.add(pz);
        set.add(nz);
        System.out.println("set size " + set.size() + " contains nan " + set.contains(Double.NaN) + " -0 " + set.contains(-0.0));
        TreeSet<Double> sorted = new TreeSet<>(List.of(3.0, -0.0, 0.0, Double.NaN, Double.NEGATIVE_INFINITY, -1.0, Double.POSITIVE_INFINITY));
        System.out.println("sorted " + sorted);
        System.out.println("min " + Math.min(pz, nz) + " max " + Math.max(nz, pz) + " min nan " + Math.min(nan, 1.0) + " fmin " + Math.min(-0.0f, 0.0f));
        System.out.println("Double.min " + Double.min(pz, nz) + " Double.max " + Double.max(nz, pz) + " sum " + Double.sum(0.1, 0.2));
        System.out.println("negation " + (-pz) + " " + (0.0 - pz) + " " + (-nz) + " abs " + Math.abs(nz) + " 1/-0 " + (1 / nz));
        Double boxedNan = nan;
        Object o = boxedNan;
        System.out.println("identity self equals " + o.equals(o) + " Float vs Double " + Float.valueOf(1.0f).equals(1.0));
    }
}
