package dev.kiln.runtime;

/**
 * The canonical text of a {@code BigDecimal} as {@code toString()} and {@code toEngineeringString()} specify
 * it, from its sign, the decimal digits of its unscaled value's magnitude and its scale. Used by the
 * {@code BigDecimal} substitution; kept here so that the tests compare it with the JDK.
 */
public final class DecimalLayout {
    private DecimalLayout() {
    }

    /**
     * The text of {@code signum * digits * 10^-scale}: plain when {@code scale >= 0} and the adjusted exponent
     * is at least -6, otherwise exponential, with one integer digit ({@code scientific}) or an exponent that
     * is a multiple of three and one to three integer digits (engineering; a zero keeps its scale with one
     * or two fractional zeros).
     *
     * @param digits the magnitude of the unscaled value in decimal, without leading zeros ("0" for zero)
     */
    public static String layout(boolean scientific, int signum, String digits, int scale) {
        StringBuilder sb = new StringBuilder(digits.length() + 16);
        if (signum < 0) {
            sb.append('-');
        }
        int length = digits.length();
        long adjusted = -(long) scale + (length - 1);
        if (scale == 0) {
            return sb.append(digits).toString();
        }
        if (scale > 0 && adjusted >= -6) {
            int integerDigits = length - scale;
            if (integerDigits > 0) {
                sb.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, length);
            } else {
                sb.append("0.");
                for (int i = integerDigits; i < 0; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            }
            return sb.toString();
        }
        if (scientific) {
            sb.append(digits.charAt(0));
            if (length > 1) {
                sb.append('.').append(digits, 1, length);
            }
        } else if (signum == 0) {
            int fractionZeros = (int) Math.floorMod(-adjusted, 3L);
            sb.append(fractionZeros == 0 ? "0" : fractionZeros == 1 ? "0.0" : "0.00");
            adjusted += fractionZeros;
        } else {
            int integerDigits = (int) Math.floorMod(adjusted, 3L) + 1;
            adjusted -= integerDigits - 1;
            if (length <= integerDigits) {
                sb.append(digits);
                for (int i = length; i < integerDigits; i++) {
                    sb.append('0');
                }
            } else {
                sb.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, length);
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) {
                sb.append('+');
            }
            sb.append(adjusted);
        }
        return sb.toString();
    }
}
