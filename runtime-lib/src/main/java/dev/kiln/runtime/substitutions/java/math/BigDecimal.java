package dev.kiln.runtime.substitutions.java.math;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.DecimalLayout;
import dev.kiln.runtime.Substitute;

/**
 * {@code BigDecimal}'s text without {@code JavaLangAccess}: JDK 25 writes the digits of small two-place values
 * (prices) into a byte array that {@code JavaLangAccess.uncheckedNewStringNoRepl} makes a string, and Kiln's
 * {@code System} registers no such access object. The text {@code toString()} and
 * {@code toEngineeringString()} specify is {@link DecimalLayout}'s, on every class library, so both JDKs run
 * the same code.
 */
final class BigDecimal {
    @Alias
    private long intCompact;
    @Alias
    private java.math.BigInteger intVal;
    @Alias
    private int scale;

    private BigDecimal() {
    }

    /** {@code toString()} ({@code sci}) or {@code toEngineeringString()}. */
    @Substitute
    private String layoutChars(boolean sci) {
        String digits;
        boolean negative;
        if (intCompact != Long.MIN_VALUE) {
            negative = intCompact < 0;
            digits = Long.toString(negative ? -intCompact : intCompact);
        } else {
            negative = intVal.signum() < 0;
            digits = intVal.abs().toString();
        }
        return DecimalLayout.layout(digits, negative, scale, !sci);
    }
}
