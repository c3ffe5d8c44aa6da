package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link ShortestDecimal} against the Java SE 19+ specification of {@code Double.toString}. The
 * running JDK's {@code toString} is the fast oracle: from JDK 19 on it implements that specification, and
 * JDK 17's older algorithm agrees almost always. Where they differ, and for a sample of all values, an
 * independent {@link BigDecimal} implementation of the specification decides.
 */
class ShortestDecimalTest {
    private static final int RANDOM_VALUES = 500_000;
    private static final int REFERENCE_SAMPLE = 5_000;

    @Test
    void knownValues() {
        assertEquals("1.0", ShortestDecimal.toString(1.0));
        assertEquals("0.1", ShortestDecimal.toString(0.1));
        assertEquals("1.0E10", ShortestDecimal.toString(1.0E10));
        assertEquals("1.0E-5", ShortestDecimal.toString(1.0E-5));
        assertEquals("123456.789", ShortestDecimal.toString(123456.789));
        assertEquals("-0.0", ShortestDecimal.toString(-0.0));
        assertEquals("0.0", ShortestDecimal.toString(0.0));
        assertEquals("NaN", ShortestDecimal.toString(Double.NaN));
        assertEquals("Infinity", ShortestDecimal.toString(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", ShortestDecimal.toString(Double.NEGATIVE_INFINITY));
        assertEquals("4.9E-324", ShortestDecimal.toString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E308", ShortestDecimal.toString(Double.MAX_VALUE));
        assertEquals("2.2250738585072014E-308", ShortestDecimal.toString(Double.MIN_NORMAL));
        assertEquals("1.4E-45", ShortestDecimal.toString(Float.MIN_VALUE));
        assertEquals("3.4028235E38", ShortestDecimal.toString(Float.MAX_VALUE));
        assertEquals("1.0E10", ShortestDecimal.toString(1.0E10f));
        assertEquals("0.001", ShortestDecimal.toString(0.001));
        assertEquals("1.0E-4", ShortestDecimal.toString(1.0E-4));
        assertEquals("1.0E7", ShortestDecimal.toString(1.0E7));
        assertEquals("9999999.0", ShortestDecimal.toString(9999999.0));
        assertEquals("100.0", ShortestDecimal.toString(100.0));
        assertEquals("1.0E23", ShortestDecimal.toString(1.0E23));
        assertEquals("0.002", ShortestDecimal.toString(2.0E-3));
        assertEquals("9.223372036854776E18", ShortestDecimal.toString(0x1p63));
        assertEquals("2.82879384806159E17", ShortestDecimal.toString(2.82879384806159E17));
        assertEquals("9.9E-324", ShortestDecimal.toString(2 * Double.MIN_VALUE));
        assertEquals("-1.4E-45", ShortestDecimal.toString(-Float.MIN_VALUE));
        assertEquals("0.3", ShortestDecimal.toString(0.3f));
        assertEquals("0.30000000000000004", ShortestDecimal.toString(0.1 + 0.2));
    }

    @Test
    void floorLog10FormulasAreExact() {
        for (int q = -2000; q <= 2000; q++) {
            assertEquals(floorLog10(BigDecimal.ONE.multiply(pow2(q))), ShortestDecimal.floorLog10Pow2(q), "q=" + q);
            assertEquals(floorLog10(new BigDecimal(3).multiply(pow2(q - 2))),
                    ShortestDecimal.floorLog10ThreeQuartersPow2(q), "q=" + q);
        }
    }

    /** The fast path of {@code scaled} handles shifts in [64, 128); every exponent must stay there. */
    @Test
    void productShiftsStayInTheFastRange() {
        checkShifts(-1074, 971, 1L << 52);
        checkShifts(-149, 104, 1L << 23);
    }

    private static void checkShifts(int qMin, int qMax, long hidden) {
        for (int q = qMin; q <= qMax; q++) {
            for (boolean irregular : new boolean[] {false, true}) {
                int k = irregular ? ShortestDecimal.floorLog10ThreeQuartersPow2(q) : ShortestDecimal.floorLog10Pow2(q);
                for (int qs = q - 2; qs <= q; qs++) {
                    int shift = ScaledPowersOfTen.exponent(k) - qs;
                    assertTrue(shift >= 64 && shift < 128, "q=" + q + " k=" + k + " shift=" + shift);
                }
            }
        }
    }

    @Test
    void randomDoubles() {
        SplittableRandom random = new SplittableRandom(0x5EED);
        for (int i = 0; i < RANDOM_VALUES; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            checkDouble(v, i < REFERENCE_SAMPLE);
        }
    }

    @Test
    void decimalLookingDoubles() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < RANDOM_VALUES / 4; i++) {
            long digits = random.nextLong(1, 100_000_000_000_000_000L) / pow10(random.nextInt(18));
            double v = Double.parseDouble(digits + "E" + random.nextInt(-330, 310));
            checkDouble(v, i < REFERENCE_SAMPLE / 4);
        }
    }

    @Test
    void edgeDoubles() {
        List<Double> values = new ArrayList<>();
        for (long c = 1; c < 5000; c++) {
            values.add(Double.longBitsToDouble(c));
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (int e = -325; e <= 308; e++) {
            double p = Double.parseDouble("1E" + e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (long n = 0; n < 100_000; n++) {
            checkDouble(n, false);
            checkDouble(n / 1000.0, false);
        }
        values.add(Double.MAX_VALUE);
        values.add(Math.nextDown(Double.MAX_VALUE));
        values.add(Double.MIN_NORMAL);
        values.add(Math.nextDown(Double.MIN_NORMAL));
        for (double v : values) {
            checkDouble(v, true);
        }
    }

    @Test
    void randomFloats() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < RANDOM_VALUES; i++) {
            float v = Float.intBitsToFloat(random.nextInt());
            checkFloat(v, i < REFERENCE_SAMPLE);
        }
    }

    @Test
    void edgeFloats() {
        for (int c = 1; c < 100_000; c++) {
            checkFloat(Float.intBitsToFloat(c), c < 5000);
        }
        for (int e = -149; e <= 127; e++) {
            float p = Math.scalb(1.0f, e);
            checkFloat(p, true);
            checkFloat(Math.nextUp(p), true);
            checkFloat(Math.nextDown(p), true);
        }
        for (int e = -46; e <= 38; e++) {
            float p = Float.parseFloat("1E" + e);
            checkFloat(p, true);
            checkFloat(Math.nextUp(p), true);
            checkFloat(Math.nextDown(p), true);
        }
        for (int n = 0; n < 100_000; n++) {
            checkFloat(n, false);
            checkFloat(n / 100.0f, false);
        }
    }

    private static void checkDouble(double v, boolean alwaysReference) {
        String actual = ShortestDecimal.toString(v);
        if (!alwaysReference && actual.equals(Double.toString(v))) {
            return;
        }
        assertEquals(expected(v, Math.nextUp(v), Math.nextDown(v), (Double.doubleToRawLongBits(v) & 1) == 0),
                actual, () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
    }

    private static void checkFloat(float v, boolean alwaysReference) {
        String actual = ShortestDecimal.toString(v);
        if (!alwaysReference && actual.equals(Float.toString(v))) {
            return;
        }
        assertEquals(expected(v, Math.nextUp(v), Math.nextDown(v), (Float.floatToRawIntBits(v) & 1) == 0),
                actual, () -> "bits " + Integer.toHexString(Float.floatToRawIntBits(v)));
    }

    /**
     * The specified string for {@code v}, whose neighbours are {@code up} and {@code down}; the rounding
     * interval includes its ends if {@code even}.
     */
    private static String expected(double v, double up, double down, boolean even) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return Double.toString(v);
        }
        if (v < 0) {
            return "-" + expected(-v, -down, -up, even);
        }
        BigDecimal x = new BigDecimal(v);
        BigDecimal lo = x.add(new BigDecimal(down)).divide(BigDecimal.valueOf(2));
        BigDecimal hi = Double.isInfinite(up)
                ? x.add(x.subtract(new BigDecimal(down)).divide(BigDecimal.valueOf(2)))
                : x.add(new BigDecimal(up)).divide(BigDecimal.valueOf(2));
        return format(shortest(x, lo, hi, even));
    }

    /** The decimal the specification selects from the rounding interval {@code [lo, hi]}. */
    private static BigDecimal shortest(BigDecimal x, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        for (int n = 1; ; n++) {
            BigDecimal best = closestOfLength(x, lo, hi, inclusive, n);
            if (best != null) {
                if (n == 1) {
                    best = closestOfLength(x, lo, hi, inclusive, 2);
                }
                return best.stripTrailingZeros();
            }
        }
    }

    /** Among the decimals of at most {@code n} digits in the interval, the one closest to {@code x}. */
    private static BigDecimal closestOfLength(BigDecimal x, BigDecimal lo, BigDecimal hi, boolean inclusive, int n) {
        int exponent = floorLog10(x);
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(exponent - n + 1);
        BigDecimal floor = x.divide(unit).setScale(0, RoundingMode.FLOOR).multiply(unit);
        BigDecimal ceiling = floor.add(unit);
        boolean floorIn = inside(floor, lo, hi, inclusive);
        boolean ceilingIn = inside(ceiling, lo, hi, inclusive);
        if (!floorIn) {
            return ceilingIn ? ceiling : null;
        }
        if (!ceilingIn) {
            return floor;
        }
        int c = x.subtract(floor).compareTo(ceiling.subtract(x));
        if (c != 0) {
            return c < 0 ? floor : ceiling;
        }
        return lastDigitEven(floor) ? floor : ceiling;
    }

    private static boolean lastDigitEven(BigDecimal d) {
        return !d.stripTrailingZeros().unscaledValue().testBit(0);
    }

    private static boolean inside(BigDecimal d, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        int a = d.compareTo(lo);
        int b = d.compareTo(hi);
        return inclusive ? a >= 0 && b <= 0 : a > 0 && b < 0;
    }

    /** The specified layout of a positive decimal: plain in [10^-3, 10^7), else computerized scientific. */
    private static String format(BigDecimal d) {
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        if (exponent >= -3 && exponent < 7) {
            return d.setScale(Math.max(d.scale(), 1)).toPlainString();
        }
        String fraction = digits.length() > 1 ? digits.substring(1) : "0";
        return digits.charAt(0) + "." + fraction + "E" + exponent;
    }

    private static int floorLog10(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    private static BigDecimal pow2(int q) {
        return q >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(q)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-q)));
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
