package dev.kiln.runtime.substitutions.java.math;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.DecimalLayout;
import dev.kiln.runtime.Substitute;

/**
 * {@code BigDecimal}'s text without {@code JavaLangAccess}. After JDK 17 {@code layoutChars}, behind
 * {@code toString()} and {@code toEngineeringString()}, builds the common two-decimal case ({@code 12.34})
 * as Latin-1 bytes made into a String by {@code JavaLangAccess.uncheckedNewStringNoRepl}, which Kiln's
 * {@code System} does not register (docs/CLASS-LIBRARY.md). The substitute lays out the canonical text the
 * API specifies ({@link DecimalLayout}, compared with the JDK by {@code DecimalLayoutTest}); JDK 17 keeps its own.
 */
final class BigDecimal {
    private BigDecimal() {
    }

    @Alias(minJdk = 18)
    private long intCompact;

    @Alias(minJdk = 18)
    private int scale;

    @Alias(minJdk = 18)
    private java.math.BigInteger intVal;

    @Substitute(minJdk = 18)
    private String layoutChars(boolean sci) {
        long compact = intCompact;
        String digits;
        int signum;
        if (compact != Long.MIN_VALUE) {
            digits = Long.toString(Math.abs(compact));
            signum = Long.signum(compact);
        } else {
            digits = intVal.abs().toString();
            signum = intVal.signum();
        }
        return DecimalLayout.layout(sci, signum, digits, scale);
    }
}
