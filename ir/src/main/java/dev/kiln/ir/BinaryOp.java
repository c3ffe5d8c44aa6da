package dev.kiln.ir;

/**
 * Two-operand arithmetic with exact JVM semantics: wrap-around overflow, {@code MIN_VALUE / -1 == MIN_VALUE},
 * shift counts masked to 5 (int) or 6 (long) bits (the shift count is always an int), IEEE float and
 * double arithmetic, {@code fmod}-style float/double remainder. DIV and REM on int and long throw
 * ArithmeticException on a zero divisor.
 *
 * <p>Comparisons produce an int -1, 0 or 1: CMP for long ({@code lcmp}); CMPL and CMPG for float and double,
 * giving -1 (CMPL) or 1 (CMPG) when either operand is NaN.
 */
public enum BinaryOp {
    ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR, USHR, CMP, CMPL, CMPG;

    public String mnemonic() { return name().toLowerCase(java.util.Locale.ROOT); }

    public boolean isComparison() { return this == CMP || this == CMPL || this == CMPG; }
    public boolean isShift() { return this == SHL || this == SHR || this == USHR; }
}
