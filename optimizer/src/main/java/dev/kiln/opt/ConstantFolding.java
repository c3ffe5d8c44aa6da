package dev.kiln.opt;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.JType;

/**
 * Java's arithmetic on constants, for the passes that compute at compile time what the program would compute at run
 * time ({@code PropagateConstants}, {@code EvaluateStaticInitializers}, the type flow's constant sets). The compiler
 * runs on a JVM, so Java's own operators give exactly the JVM's results (wrap-around, {@code MIN_VALUE / -1}, masked
 * shift counts, IEEE arithmetic with round-to-nearest, saturating float-to-int conversions); this class only picks
 * the operator for an IR operation. Constants are an int-like value's {@code Integer}, a {@code Long}, {@code Float}
 * or {@code Double}.
 */
public final class ConstantFolding {
    private ConstantFolding() {}

    /**
     * {@code a op b} on operands of {@code type} (for shifts, the first operand's; the count is an Integer), or null
     * where the operation throws (an int or long division or remainder by zero) or the operands are not constants of
     * the expected kinds.
     */
    public static Object binary(BinaryOp op, JType type, Object a, Object b) {
        if (op.isComparison()) return compare(op, a, b);
        if (a instanceof Integer x && b instanceof Integer y && type.equals(JType.INT)) return binary(op, x, y);
        if (a instanceof Long x && type.equals(JType.LONG)) {
            if (op.isShift()) return b instanceof Integer n ? shift(op, x, n) : null;
            return b instanceof Long y ? binary(op, x, y) : null;
        }
        boolean floats = a instanceof Float && b instanceof Float;
        if (floats || a instanceof Double && b instanceof Double) {
            double x = ((Number) a).doubleValue(), y = ((Number) b).doubleValue();
            Double r = switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                case REM -> x % y;
                default -> null;
            };
            // A float operation done in double and rounded to float gives the float result: double's 53 bits are
            // more than twice float's 24 plus 2, so rounding twice cannot differ from rounding once (and % is exact).
            return r == null || !floats ? r : (Object) (float) (double) r;
        }
        return null;
    }

    /** {@code a op b} with Java's int semantics, or null where it throws (division by zero). */
    public static Integer binary(BinaryOp op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? null : a / b;
            case REM -> b == 0 ? null : a % b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SHL -> a << b;
            case SHR -> a >> b;
            case USHR -> a >>> b;
            case CMP, CMPL, CMPG -> throw new IllegalArgumentException(op + " does not apply to ints");
        };
    }

    private static Long binary(BinaryOp op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? null : a / b;
            case REM -> b == 0 ? null : a % b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            default -> null;
        };
    }

    private static Long shift(BinaryOp op, long a, int n) {
        return switch (op) {
            case SHL -> a << n;
            case SHR -> a >> n;
            case USHR -> a >>> n;
            default -> null;
        };
    }

    /**
     * {@code lcmp}, {@code fcmpl}/{@code dcmpl} (NaN gives -1) and {@code fcmpg}/{@code dcmpg} (NaN gives 1), or null
     * if the operands are not two longs, two floats or two doubles.
     */
    public static Integer compare(BinaryOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return op == BinaryOp.CMP ? Long.compare(x, y) : null; // -1, 0 or 1, as lcmp
        boolean floats = a instanceof Float && b instanceof Float || a instanceof Double && b instanceof Double;
        if (!floats || op == BinaryOp.CMP) return null;
        double x = ((Number) a).doubleValue(); // a float widens exactly
        double y = ((Number) b).doubleValue();
        if (Double.isNaN(x) || Double.isNaN(y)) return op == BinaryOp.CMPG ? 1 : -1;
        return x > y ? 1 : x < y ? -1 : 0; // -0.0 and 0.0 are equal here, as for fcmp
    }

    /** {@code -a}, or null if {@code a} is not a constant of {@code type}. */
    public static Object negate(JType type, Object a) {
        if (a instanceof Integer x && type.equals(JType.INT)) return -x;
        if (a instanceof Long x) return -x;
        if (a instanceof Float x) return -x;
        if (a instanceof Double x) return -x;
        return null;
    }

    /**
     * The JVM's conversion of {@code a} from {@code from} to {@code to} (i2l ... d2f, i2b, i2c, i2s), or null if
     * {@code a} is not a constant of {@code from} or the pair is not a JVM conversion.
     */
    public static Object convert(JType from, JType to, Object a) {
        if (!(a instanceof Number n) || !isConstantOf(a, from)) return null;
        if (a instanceof Integer i) {
            switch (to.kind()) {
                case BYTE: return (int) (byte) (int) i;
                case CHAR: return (int) (char) (int) i;
                case SHORT: return (int) (short) (int) i;
                default: break;
            }
        }
        // Number's xxxValue() are Java's primitive conversions: truncating, saturating, rounding to nearest.
        return switch (to.kind()) {
            case INT -> n.intValue();
            case LONG -> n.longValue();
            case FLOAT -> n.floatValue();
            case DOUBLE -> n.doubleValue();
            default -> null;
        };
    }

    /** True if {@code a} is a constant of type {@code t}: an Integer for int-like types, else its own box. */
    public static boolean isConstantOf(Object a, JType t) {
        return switch (t.kind()) {
            case BOOLEAN, BYTE, CHAR, SHORT, INT -> a instanceof Integer;
            case LONG -> a instanceof Long;
            case FLOAT -> a instanceof Float;
            case DOUBLE -> a instanceof Double;
            default -> false;
        };
    }

    /** An {@code if}'s comparison of two ints. */
    public static boolean compare(CondOp op, int a, int b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case GE -> a >= b;
            case GT -> a > b;
            case LE -> a <= b;
        };
    }

    /**
     * True if two constants are the same value: same kind and, for floats and doubles, the same bits (so {@code 0.0}
     * and {@code -0.0} differ, and a NaN equals only a NaN with the same payload).
     */
    public static boolean same(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof Float x) return Float.floatToRawIntBits(x) == Float.floatToRawIntBits((Float) b);
        if (a instanceof Double x) return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b);
        return a.equals(b);
    }
}
