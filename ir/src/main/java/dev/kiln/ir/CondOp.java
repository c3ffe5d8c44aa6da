package dev.kiln.ir;

/**
 * The comparison of an {@link Insn.If}. With two operands it compares them (ints, or references by
 * identity for EQ/NE); with one operand it compares an int with zero or a reference with null.
 */
public enum CondOp {
    EQ, NE, LT, GE, GT, LE;

    public String mnemonic() { return name().toLowerCase(java.util.Locale.ROOT); }

    public CondOp negate() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> GE;
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
        };
    }
}
