package dev.kiln.ir.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back to a given float or double, formatted the way Java's
 * {@code toString} lays numbers out ({@code 1.0}, {@code 0.001}, {@code 1.0E10}, {@code 1.4E-45}).
 *
 * <p>Why not {@code Float.toString}: its digits changed in JDK 19 (JDK 17 sometimes prints more digits than
 * needed, e.g. {@code 1.17549435E-38} for {@code Float.MIN_NORMAL}), and IR listings must be identical
 * whichever JDK runs the compiler. Rounding the exact binary value with {@link BigDecimal} at increasing
 * precision until it parses back to the same bits is exact and JDK-independent; listings are not a hot
 * path, so the cost does not matter. Like Java, the search starts at two digits, so {@code Double.MIN_VALUE}
 * prints as {@code 4.9E-324}, not {@code 5.0E-324}.
 */
final class ShortestDecimal {
    private ShortestDecimal() {}

    /** For a finite float. */
    static String of(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (f == 0) return bits < 0 ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(f);
        for (int precision = 2; ; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (Float.floatToRawIntBits(rounded.floatValue()) == bits) return javaStyle(rounded);
        }
    }

    /** For a finite double. */
    static String of(double d) {
        long bits = Double.doubleToRawLongBits(d);
        if (d == 0) return bits < 0 ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 2; ; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (Double.doubleToRawLongBits(rounded.doubleValue()) == bits) return javaStyle(rounded);
        }
    }

    /** Plain notation for magnitudes in [10^-3, 10^7), computerized scientific notation otherwise. */
    private static String javaStyle(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String sign = v.signum() < 0 ? "-" : "";
        String digits = v.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - v.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (exponent >= -3 && exponent < 7) {
            if (exponent >= 0) {
                String whole = digits.length() > exponent + 1 ? digits.substring(0, exponent + 1)
                        : digits + "0".repeat(exponent + 1 - digits.length());
                String fraction = digits.length() > exponent + 1 ? digits.substring(exponent + 1) : "0";
                sb.append(whole).append('.').append(fraction);
            } else {
                sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
            }
        } else {
            sb.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0")
                    .append('E').append(exponent);
        }
        return sb.toString();
    }
}
