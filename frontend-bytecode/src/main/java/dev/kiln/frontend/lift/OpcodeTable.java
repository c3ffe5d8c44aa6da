package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.JType;

/**
 * What each JVM opcode means in IR terms (JVMS 6.5), shared by {@link TypeFlow} (which only needs the
 * types) and {@link InsnTranslator} (which builds instructions), so the two can never disagree.
 *
 * <p>Where a "kind" is returned, {@link JType#OBJECT} stands for "any reference": the opcodes of the
 * {@code a}-prefixed family do not say which class they operate on.
 */
final class OpcodeTable {
    private OpcodeTable() {}

    /** True if a value of type {@code actual} may be used where an operand of {@code kind} is expected. */
    static boolean matches(JType actual, JType kind) {
        return kind.equals(JType.OBJECT) ? actual.isReference() : actual.equals(kind);
    }

    /** The kind an operand of static type {@code t} is checked against. */
    static JType kindOf(JType t) {
        return t.isReference() ? JType.OBJECT : t.computational();
    }

    /** The kind an xLOAD, xSTORE or xRETURN works on. */
    static JType localKind(int opcode) {
        return switch (opcode) {
            case ILOAD, ISTORE, IRETURN -> JType.INT;
            case LLOAD, LSTORE, LRETURN -> JType.LONG;
            case FLOAD, FSTORE, FRETURN -> JType.FLOAT;
            case DLOAD, DSTORE, DRETURN -> JType.DOUBLE;
            case ALOAD, ASTORE, ARETURN -> JType.OBJECT;
            default -> throw new IllegalArgumentException("no local kind for opcode " + opcode);
        };
    }

    static boolean isBinary(int opcode) {
        return opcode >= IADD && opcode <= DREM || opcode >= ISHL && opcode <= LXOR || opcode >= LCMP && opcode <= DCMPG;
    }

    static BinaryOp binaryOp(int opcode) {
        return switch (opcode) {
            case IADD, LADD, FADD, DADD -> BinaryOp.ADD;
            case ISUB, LSUB, FSUB, DSUB -> BinaryOp.SUB;
            case IMUL, LMUL, FMUL, DMUL -> BinaryOp.MUL;
            case IDIV, LDIV, FDIV, DDIV -> BinaryOp.DIV;
            case IREM, LREM, FREM, DREM -> BinaryOp.REM;
            case ISHL, LSHL -> BinaryOp.SHL;
            case ISHR, LSHR -> BinaryOp.SHR;
            case IUSHR, LUSHR -> BinaryOp.USHR;
            case IAND, LAND -> BinaryOp.AND;
            case IOR, LOR -> BinaryOp.OR;
            case IXOR, LXOR -> BinaryOp.XOR;
            case LCMP -> BinaryOp.CMP;
            case FCMPL, DCMPL -> BinaryOp.CMPL;
            case FCMPG, DCMPG -> BinaryOp.CMPG;
            default -> throw new IllegalArgumentException("not a binary opcode: " + opcode);
        };
    }

    /** The type of a binary instruction's first operand: also its result, except for comparisons (int). */
    static JType binaryType(int opcode) {
        return switch (opcode) {
            case IADD, ISUB, IMUL, IDIV, IREM, ISHL, ISHR, IUSHR, IAND, IOR, IXOR -> JType.INT;
            case LADD, LSUB, LMUL, LDIV, LREM, LSHL, LSHR, LUSHR, LAND, LOR, LXOR, LCMP -> JType.LONG;
            case FADD, FSUB, FMUL, FDIV, FREM, FCMPL, FCMPG -> JType.FLOAT;
            case DADD, DSUB, DMUL, DDIV, DREM, DCMPL, DCMPG -> JType.DOUBLE;
            default -> throw new IllegalArgumentException("not a binary opcode: " + opcode);
        };
    }

    /** The second operand's type: the shift count is always an int. */
    static JType secondOperandType(int opcode) {
        return binaryOp(opcode).isShift() ? JType.INT : binaryType(opcode);
    }

    static JType negateType(int opcode) {
        return switch (opcode) {
            case INEG -> JType.INT;
            case LNEG -> JType.LONG;
            case FNEG -> JType.FLOAT;
            case DNEG -> JType.DOUBLE;
            default -> throw new IllegalArgumentException("not a negation opcode: " + opcode);
        };
    }

    static JType convertFrom(int opcode) {
        return switch (opcode) {
            case I2L, I2F, I2D, I2B, I2C, I2S -> JType.INT;
            case L2I, L2F, L2D -> JType.LONG;
            case F2I, F2L, F2D -> JType.FLOAT;
            case D2I, D2L, D2F -> JType.DOUBLE;
            default -> throw new IllegalArgumentException("not a conversion opcode: " + opcode);
        };
    }

    /** The conversion's target: byte, char or short for i2b, i2c, i2s (whose result is still an int). */
    static JType convertTo(int opcode) {
        return switch (opcode) {
            case L2I, F2I, D2I -> JType.INT;
            case I2L, F2L, D2L -> JType.LONG;
            case I2F, L2F, D2F -> JType.FLOAT;
            case I2D, L2D, F2D -> JType.DOUBLE;
            case I2B -> JType.BYTE;
            case I2C -> JType.CHAR;
            case I2S -> JType.SHORT;
            default -> throw new IllegalArgumentException("not a conversion opcode: " + opcode);
        };
    }

    /** The condition of an if-family jump (ifnull/ifnonnull compare with null, as EQ/NE). */
    static CondOp condition(int opcode) {
        return switch (opcode) {
            case IFEQ, IF_ICMPEQ, IF_ACMPEQ, IFNULL -> CondOp.EQ;
            case IFNE, IF_ICMPNE, IF_ACMPNE, IFNONNULL -> CondOp.NE;
            case IFLT, IF_ICMPLT -> CondOp.LT;
            case IFGE, IF_ICMPGE -> CondOp.GE;
            case IFGT, IF_ICMPGT -> CondOp.GT;
            case IFLE, IF_ICMPLE -> CondOp.LE;
            default -> throw new IllegalArgumentException("not a conditional jump: " + opcode);
        };
    }

    /** The operand kind an if-family jump compares, and how many operands it pops. */
    static JType conditionKind(int opcode) {
        return opcode == IF_ACMPEQ || opcode == IF_ACMPNE || opcode == IFNULL || opcode == IFNONNULL
                ? JType.OBJECT : JType.INT;
    }

    static int conditionOperands(int opcode) {
        return opcode >= IF_ICMPEQ && opcode <= IF_ACMPNE ? 2 : 1;
    }

    /**
     * The component type an array load or store names. The opcode cannot tell byte from boolean
     * ({@code baload} serves both) nor which reference type: the translator refines it from the array's
     * static type.
     */
    static JType arrayComponent(int opcode) {
        return switch (opcode) {
            case IALOAD, IASTORE -> JType.INT;
            case LALOAD, LASTORE -> JType.LONG;
            case FALOAD, FASTORE -> JType.FLOAT;
            case DALOAD, DASTORE -> JType.DOUBLE;
            case AALOAD, AASTORE -> JType.OBJECT;
            case BALOAD, BASTORE -> JType.BYTE;
            case CALOAD, CASTORE -> JType.CHAR;
            case SALOAD, SASTORE -> JType.SHORT;
            default -> throw new IllegalArgumentException("not an array access opcode: " + opcode);
        };
    }

    /** The component type of an array load or store, given the array's static type. */
    static JType arrayComponent(int opcode, JType arrayType) {
        JType byOpcode = arrayComponent(opcode);
        if (!arrayType.isArray()) return byOpcode;
        JType actual = arrayType.component();
        boolean refines = byOpcode.equals(JType.OBJECT) ? actual.isReference()
                : byOpcode.equals(JType.BYTE) && actual.equals(JType.BOOLEAN);
        return refines ? actual : byOpcode;
    }

    /** True if an array of static type {@code arrayType} can be accessed by {@code opcode} (null can). */
    static boolean accessibleArray(int opcode, JType arrayType) {
        if (arrayType.kind() == JType.Kind.NULL) return true;
        if (!arrayType.isArray()) return false;
        JType component = arrayType.component();
        JType byOpcode = arrayComponent(opcode);
        if (byOpcode.equals(JType.OBJECT)) return component.isReference();
        return component.equals(byOpcode) || byOpcode.equals(JType.BYTE) && component.equals(JType.BOOLEAN);
    }

    /** The component type of {@code newarray}'s operand (T_BOOLEAN...). */
    static JType newarrayComponent(int operand) {
        return switch (operand) {
            case T_BOOLEAN -> JType.BOOLEAN;
            case T_CHAR -> JType.CHAR;
            case T_FLOAT -> JType.FLOAT;
            case T_DOUBLE -> JType.DOUBLE;
            case T_BYTE -> JType.BYTE;
            case T_SHORT -> JType.SHORT;
            case T_INT -> JType.INT;
            case T_LONG -> JType.LONG;
            default -> throw new InvalidBytecode("newarray of unknown type code " + operand);
        };
    }

    /** True if control never continues with the next instruction. */
    static boolean endsFlow(int opcode) {
        return opcode == GOTO || opcode == JSR || opcode == RET || opcode == TABLESWITCH || opcode == LOOKUPSWITCH
                || opcode >= IRETURN && opcode <= RETURN || opcode == ATHROW;
    }
}
