package dev.kiln.runtime;

/**
 * {@code Double.toHexString} and {@code Float.toHexString}: {@code 0x1.8p1}, {@code 0x0.0000000000001p-1022}
 * ({@code p-126} for {@code float}), {@code 0x0.0p0}; the significand without trailing zeros but with at
 * least one digit after the point.
 */
public final class HexFloat {
    private HexFloat() {
    }

    /** {@code Double.toHexString(d)}. */
    public static String toHexString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7FF;
        return format(bits < 0, biased, bits & ((1L << 52) - 1), 13, biased == 0x7FF, 1023, -1022);
    }

    /** {@code Float.toHexString(f)}: a float's 23 fraction bits are written as 6 hex digits. */
    public static String toHexString(float f) {
        int bits = Float.floatToRawIntBits(f);
        int biased = (bits >>> 23) & 0xFF;
        return format(bits < 0, biased, (long) (bits & ((1 << 23) - 1)) << 1, 6, biased == 0xFF, 127, -126);
    }

    private static String format(boolean negative, int biased, long fraction, int hexDigits, boolean special,
                                 int bias, int minExponent) {
        if (special) {
            return fraction != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        if (biased == 0 && fraction == 0) {
            return sb.append("0x0.0p0").toString();
        }
        sb.append(biased == 0 ? "0x0." : "0x1.");
        int last = hexDigits - 1;
        while (last > 0 && (fraction >>> (4 * (hexDigits - 1 - last)) & 0xF) == 0) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            sb.append(Character.forDigit((int) (fraction >>> (4 * (hexDigits - 1 - i))) & 0xF, 16));
        }
        sb.append('p').append(biased == 0 ? minExponent : biased - bias);
        return sb.toString();
    }
}
