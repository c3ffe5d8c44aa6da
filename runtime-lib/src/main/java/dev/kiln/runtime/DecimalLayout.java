package dev.kiln.runtime;

/**
 * The text of a {@code BigDecimal} as {@code toString()} and {@code toEngineeringString()} specify it, from
 * the decimal digits of its unscaled value's magnitude, its sign and its scale.
 */
public final class DecimalLayout {
    private DecimalLayout() {}

    /**
     * {@code toString()} ({@code engineering} false) or {@code toEngineeringString()} (true) of the decimal
     * {@code (negative ? -1 : 1) * digits * 10^-scale}; {@code digits} has no leading zeros ("0" for zero).
     */
    public static String layout(String digits, boolean negative, int scale, boolean engineering) {
        StringBuilder sb = new StringBuilder(digits.length() + 16);
        if (negative) sb.append('-');
        if (scale == 0) return sb.append(digits).toString();
        int length = digits.length();
        // The exponent of the leading digit: -scale + (length - 1), computed in long so it cannot overflow.
        long adjusted = -(long) scale + (length - 1);
        if (scale > 0 && adjusted >= -6) {
            int point = length - scale;
            if (point > 0) {
                sb.append(digits, 0, point).append('.').append(digits, point, length);
            } else {
                sb.append("0.");
                for (int i = point; i < 0; i++) sb.append('0');
                sb.append(digits);
            }
            return sb.toString();
        }
        if (!engineering) {
            sb.append(digits.charAt(0));
            if (length > 1) sb.append('.').append(digits, 1, length);
        } else if (digits.equals("0")) {
            // Zero keeps its scale: one or two fractional zeros make the exponent a multiple of three.
            int rest = (int) Math.floorMod(adjusted, 3L);
            if (rest == 1) {
                sb.append("0.00");
                adjusted += 2;
            } else if (rest == 2) {
                sb.append("0.0");
                adjusted += 1;
            } else {
                sb.append('0');
            }
        } else {
            // Nonzero: the exponent goes down to a multiple of three, leaving 1 to 3 integer digits.
            int integerDigits = (int) Math.floorMod(adjusted, 3L) + 1;
            adjusted -= integerDigits - 1;
            if (integerDigits >= length) {
                sb.append(digits);
                for (int i = length; i < integerDigits; i++) sb.append('0');
            } else {
                sb.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, length);
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) sb.append('+');
            sb.append(adjusted);
        }
        return sb.toString();
    }
}
