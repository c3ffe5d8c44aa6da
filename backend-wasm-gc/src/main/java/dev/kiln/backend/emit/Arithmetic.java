package dev.kiln.backend.emit;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.ValType;
import java.util.List;

/**
 * Instruction selection for arithmetic, comparisons and conversions with exact Java semantics:
 * <ul>
 *   <li>int/long division: Wasm traps on {@code MIN_VALUE / -1}, Java gives MIN_VALUE, so a divisor that is
 *       not a constant other than -1 is tested and -1 becomes a negation; {@code rem_s} already gives 0
 *       there. A zero divisor traps for now (ArithmeticException is issue #3);</li>
 *   <li>shifts need nothing: Wasm masks the count like Java; long shifts widen the int count;</li>
 *   <li>float/double remainder is C's {@code fmod}, exact, computed by a {@link RuntimeHelpers} function;</li>
 *   <li>{@code lcmp}, {@code fcmpl}/{@code dcmpl} and {@code fcmpg}/{@code dcmpg} as differences of two
 *       comparisons, arranged so NaN yields -1 (CMPL) or 1 (CMPG);</li>
 *   <li>float-to-integer conversions are the saturating {@code trunc_sat} (NaN to 0), {@code i2b}/{@code i2s}
 *       sign-extend, {@code i2c} masks.</li>
 * </ul>
 */
final class Arithmetic {
    private final FunctionContext cx;

    Arithmetic(FunctionContext cx) {
        this.cx = cx;
    }

    List<ValType> leading(Insn.Binary b) {
        ValType t = cx.layout.types().valType(b.type());
        if (cx.isFusedComparison(b)) return List.of();
        if (b.op().isComparison() || (b.op() == BinaryOp.DIV && isIntegral(t) && !safeDivisor(b.operand(1)))) return List.of();
        return List.of(t, b.op().isShift() ? NumType.I32 : t);
    }

    void emit(Insn.Binary b) {
        if (cx.isFusedComparison(b)) return;
        ValType t = cx.layout.types().valType(b.type());
        Value x = b.operand(0), y = b.operand(1);
        switch (b.op()) {
            case CMP -> {
                compare(x, y, Op.I64_GT_S, false);
                compare(x, y, Op.I64_LT_S, false);
                cx.emit(Instr.simple(Op.I32_SUB));
            }
            case CMPL -> {
                compare(x, y, t == NumType.F32 ? Op.F32_GT : Op.F64_GT, false);
                compare(x, y, t == NumType.F32 ? Op.F32_GE : Op.F64_GE, true);
                cx.emit(Instr.simple(Op.I32_SUB));
            }
            case CMPG -> {
                compare(x, y, t == NumType.F32 ? Op.F32_LE : Op.F64_LE, true);
                compare(x, y, t == NumType.F32 ? Op.F32_LT : Op.F64_LT, false);
                cx.emit(Instr.simple(Op.I32_SUB));
            }
            case DIV -> {
                if (isIntegral(t) && !safeDivisor(y)) checkedDivide(t, x, y);
                else simple(t, x, y, op(b.op(), t));
            }
            case REM -> {
                if (isIntegral(t)) {
                    simple(t, x, y, op(b.op(), t));
                } else {
                    cx.push(x, t);
                    cx.push(y, t);
                    cx.emit(Instr.call(cx.helpers.floatRemainder((NumType) t)));
                }
            }
            default -> {
                if (swapsOperands(b)) simple(t, y, x, op(b.op(), t));
                else simple(t, x, y, op(b.op(), t));
            }
        }
        cx.define(b.result(), b.op().isComparison() ? NumType.I32 : t);
    }

    /**
     * Pushes the truth of {@code cmp(x, y) op 0} for a {@link FunctionContext#isFusedComparison fused}
     * comparison. A NaN operand makes CMPL -1 and CMPG
     * 1, so the orderings that NaN satisfies that way become the negation of the opposite test.
     */
    void fusedCondition(Insn.Binary b, CondOp op) {
        boolean single = cx.typeOf(b.operand(0)) == NumType.F32;
        boolean nanIsLess = b.op() == BinaryOp.CMPL;
        boolean negate = false;
        Op test;
        if (b.op() == BinaryOp.CMP) {
            test = switch (op) {
                case EQ -> Op.I64_EQ;
                case NE -> Op.I64_NE;
                case LT -> Op.I64_LT_S;
                case GE -> Op.I64_GE_S;
                case GT -> Op.I64_GT_S;
                case LE -> Op.I64_LE_S;
            };
        } else {
            CondOp direct = op;
            if ((nanIsLess && (op == CondOp.LT || op == CondOp.LE)) || (!nanIsLess && (op == CondOp.GT || op == CondOp.GE))) {
                direct = op.negate();
                negate = true;
            }
            test = floatComparison(direct, single);
        }
        compare(b.operand(0), b.operand(1), test, negate);
    }

    private static Op floatComparison(CondOp op, boolean single) {
        return switch (op) {
            case EQ -> single ? Op.F32_EQ : Op.F64_EQ;
            case NE -> single ? Op.F32_NE : Op.F64_NE;
            case LT -> single ? Op.F32_LT : Op.F64_LT;
            case GE -> single ? Op.F32_GE : Op.F64_GE;
            case GT -> single ? Op.F32_GT : Op.F64_GT;
            case LE -> single ? Op.F32_LE : Op.F64_LE;
        };
    }

    private void compare(Value x, Value y, Op op, boolean negate) {
        ValType t = cx.typeOf(x);
        cx.push(x, t);
        cx.push(y, t);
        cx.emit(Instr.simple(op));
        if (negate) cx.emit(Instr.simple(Op.I32_EQZ));
    }

    /**
     * True if a commutative operation pushes its right operand first: when that operand was just computed
     * in this block and the left one was not, it can then stay on the stack.
     */
    boolean swapsOperands(Insn.Binary b) {
        boolean commutative = switch (b.op()) {
            case ADD, MUL, AND, OR, XOR -> true;
            default -> false;
        };
        return commutative && computedHere(b.operand(1), b) && !computedHere(b.operand(0), b);
    }

    private static boolean computedHere(Value v, Insn.Binary user) {
        return v.definition() instanceof Instruction def && !(def instanceof Insn.Const) && def.block() == user.block();
    }

    private void simple(ValType t, Value x, Value y, Op op) {
        cx.push(x, t);
        cx.push(y, op == Op.I64_SHL || op == Op.I64_SHR_S || op == Op.I64_SHR_U ? NumType.I32 : t);
        if (op == Op.I64_SHL || op == Op.I64_SHR_S || op == Op.I64_SHR_U) cx.emit(Instr.simple(Op.I64_EXTEND_I32_U));
        cx.emit(Instr.simple(op));
    }

    /** {@code y == -1 ? 0 - x : x / y}: the only quotient that overflows is MIN_VALUE / -1. */
    private void checkedDivide(ValType t, Value x, Value y) {
        boolean wide = t == NumType.I64;
        cx.push(y, t);
        cx.emit(wide ? Instr.i64Const(-1) : Instr.i32Const(-1));
        cx.emit(Instr.simple(wide ? Op.I64_EQ : Op.I32_EQ));
        cx.emit(Instr.if_(BlockType.of(t)));
        cx.emit(wide ? Instr.i64Const(0) : Instr.i32Const(0));
        cx.push(x, t);
        cx.emit(Instr.simple(wide ? Op.I64_SUB : Op.I32_SUB));
        cx.emit(Instr.else_());
        cx.push(x, t);
        cx.push(y, t);
        cx.emit(Instr.simple(wide ? Op.I64_DIV_S : Op.I32_DIV_S));
        cx.emit(Instr.end());
    }

    private static boolean isIntegral(ValType t) {
        return t == NumType.I32 || t == NumType.I64;
    }

    /** A constant divisor other than -1 cannot overflow the quotient. */
    private static boolean safeDivisor(Value y) {
        if (!(y.definition() instanceof Insn.Const c)) return false;
        return c.value() instanceof Number n && n.longValue() != -1;
    }

    private static Op op(BinaryOp op, ValType t) {
        int k = t == NumType.I32 ? 0 : t == NumType.I64 ? 1 : t == NumType.F32 ? 2 : 3;
        Op[] row = switch (op) {
            case ADD -> new Op[] {Op.I32_ADD, Op.I64_ADD, Op.F32_ADD, Op.F64_ADD};
            case SUB -> new Op[] {Op.I32_SUB, Op.I64_SUB, Op.F32_SUB, Op.F64_SUB};
            case MUL -> new Op[] {Op.I32_MUL, Op.I64_MUL, Op.F32_MUL, Op.F64_MUL};
            case DIV -> new Op[] {Op.I32_DIV_S, Op.I64_DIV_S, Op.F32_DIV, Op.F64_DIV};
            case REM -> new Op[] {Op.I32_REM_S, Op.I64_REM_S, null, null};
            case AND -> new Op[] {Op.I32_AND, Op.I64_AND, null, null};
            case OR -> new Op[] {Op.I32_OR, Op.I64_OR, null, null};
            case XOR -> new Op[] {Op.I32_XOR, Op.I64_XOR, null, null};
            case SHL -> new Op[] {Op.I32_SHL, Op.I64_SHL, null, null};
            case SHR -> new Op[] {Op.I32_SHR_S, Op.I64_SHR_S, null, null};
            case USHR -> new Op[] {Op.I32_SHR_U, Op.I64_SHR_U, null, null};
            case CMP, CMPL, CMPG -> new Op[4];
        };
        if (row[k] == null) throw new IllegalArgumentException(op + " is not defined on " + t);
        return row[k];
    }

    List<ValType> leading(Insn.Negate n) {
        return List.of(cx.layout.types().valType(n.type()));
    }

    /** Integer negation as multiplication by -1 keeps the operand first on the stack; float negation flips the sign bit, like Java. */
    void emit(Insn.Negate n) {
        ValType t = cx.layout.types().valType(n.type());
        cx.push(n.operand(0), t);
        if (t == NumType.I32) {
            cx.emit(Instr.i32Const(-1));
            cx.emit(Instr.simple(Op.I32_MUL));
        } else if (t == NumType.I64) {
            cx.emit(Instr.i64Const(-1));
            cx.emit(Instr.simple(Op.I64_MUL));
        } else {
            cx.emit(Instr.simple(t == NumType.F32 ? Op.F32_NEG : Op.F64_NEG));
        }
        cx.define(n.result(), t);
    }

    List<ValType> leading(Insn.Convert c) {
        return List.of(cx.layout.types().valType(c.from()));
    }

    void emit(Insn.Convert c) {
        cx.push(c.operand(0), cx.layout.types().valType(c.from()));
        for (Instr i : conversion(c.from(), c.to())) cx.emit(i);
        cx.define(c.result(), cx.layout.types().valType(c.to()));
    }

    private List<Instr> conversion(JType from, JType to) {
        JType.Kind f = from.computational().kind();
        if (f == to.kind()) return List.of();
        Op op = switch (f) {
            case INT -> switch (to.kind()) {
                case LONG -> Op.I64_EXTEND_I32_S;
                case FLOAT -> Op.F32_CONVERT_I32_S;
                case DOUBLE -> Op.F64_CONVERT_I32_S;
                case BYTE -> Op.I32_EXTEND8_S;
                case SHORT -> Op.I32_EXTEND16_S;
                case CHAR -> Op.I32_AND;
                default -> null;
            };
            case LONG -> switch (to.kind()) {
                case INT -> Op.I32_WRAP_I64;
                case FLOAT -> Op.F32_CONVERT_I64_S;
                case DOUBLE -> Op.F64_CONVERT_I64_S;
                default -> null;
            };
            case FLOAT -> switch (to.kind()) {
                case INT -> Op.I32_TRUNC_SAT_F32_S;
                case LONG -> Op.I64_TRUNC_SAT_F32_S;
                case DOUBLE -> Op.F64_PROMOTE_F32;
                default -> null;
            };
            case DOUBLE -> switch (to.kind()) {
                case INT -> Op.I32_TRUNC_SAT_F64_S;
                case LONG -> Op.I64_TRUNC_SAT_F64_S;
                case FLOAT -> Op.F32_DEMOTE_F64;
                default -> null;
            };
            default -> null;
        };
        if (op == null) throw new IllegalArgumentException("no conversion from " + from + " to " + to);
        return op == Op.I32_AND ? List.of(Instr.i32Const(0xffff), Instr.simple(op)) : List.of(Instr.simple(op));
    }
}
