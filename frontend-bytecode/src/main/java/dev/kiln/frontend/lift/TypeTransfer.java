package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.JType;
import java.util.List;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The effect of one instruction on a {@link TypeFrame} (JVMS 6.5), checking operand kinds on the way so
 * that the translator can trust every operand it pops. Reference operands are only checked to be
 * references; which class they are is the class model's business at resolution time.
 */
final class TypeTransfer {
    private static final JType CLASS = JType.object("java.lang.Class");

    private TypeTransfer() {}

    /** Executes {@code n} on {@code f}, in a method returning {@code returnType}. */
    static void execute(AbstractInsnNode n, TypeFrame f, JType returnType) {
        int op = n.getOpcode();
        switch (op) {
            // jsr and ret never get here: SubroutineInliner replaced them.
            case NOP, GOTO -> { }
            case RETURN -> {
                if (!returnType.isVoid()) throw new InvalidBytecode("return in a method returning " + returnType);
            }
            case ACONST_NULL -> f.stack.push(JType.NULL);
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5, BIPUSH, SIPUSH ->
                f.stack.push(JType.INT);
            case LCONST_0, LCONST_1 -> f.stack.push(JType.LONG);
            case FCONST_0, FCONST_1, FCONST_2 -> f.stack.push(JType.FLOAT);
            case DCONST_0, DCONST_1 -> f.stack.push(JType.DOUBLE);
            case LDC -> f.stack.push(constantType(((LdcInsnNode) n).cst));
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> f.stack.push(f.load(((VarInsnNode) n).var, OpcodeTable.localKind(op)));
            case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> f.store(((VarInsnNode) n).var, f.pop(OpcodeTable.localKind(op)));
            case IINC -> f.load(((IincInsnNode) n).var, JType.INT);
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> {
                f.pop(JType.INT);
                JType array = arrayOperand(f, op);
                f.stack.push(OpcodeTable.arrayComponent(op, array).computational());
            }
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> {
                f.pop(OpcodeTable.arrayComponent(op).computational());
                f.pop(JType.INT);
                arrayOperand(f, op);
            }
            case POP, POP2, DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP -> f.stack.shuffle(op);
            case INEG, LNEG, FNEG, DNEG -> f.stack.push(f.pop(OpcodeTable.negateType(op)));
            case I2L, I2F, I2D, L2I, L2F, L2D, F2I, F2L, F2D, D2I, D2L, D2F, I2B, I2C, I2S -> {
                f.pop(OpcodeTable.convertFrom(op));
                f.stack.push(OpcodeTable.convertTo(op).computational());
            }
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE,
                 IF_ACMPEQ, IF_ACMPNE, IFNULL, IFNONNULL -> {
                for (int k = 0; k < OpcodeTable.conditionOperands(op); k++) f.pop(OpcodeTable.conditionKind(op));
            }
            case TABLESWITCH, LOOKUPSWITCH -> f.pop(JType.INT);
            case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN -> {
                if (returnType.isVoid() || !OpcodeTable.kindOf(returnType).equals(OpcodeTable.localKind(op))) {
                    throw new InvalidBytecode("value return in a method returning " + returnType);
                }
                f.pop(OpcodeTable.localKind(op));
            }
            case GETSTATIC, PUTSTATIC, GETFIELD, PUTFIELD -> field((FieldInsnNode) n, f);
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> {
                MethodInsnNode m = (MethodInsnNode) n;
                call(m.desc, op != INVOKESTATIC, f);
            }
            case INVOKEDYNAMIC -> call(((InvokeDynamicInsnNode) n).desc, false, f);
            case NEW -> f.stack.push(JType.fromInternalName(((TypeInsnNode) n).desc));
            case NEWARRAY -> {
                f.pop(JType.INT);
                f.stack.push(JType.array(OpcodeTable.newarrayComponent(((IntInsnNode) n).operand)));
            }
            case ANEWARRAY -> {
                f.pop(JType.INT);
                f.stack.push(JType.array(JType.fromInternalName(((TypeInsnNode) n).desc)));
            }
            case MULTIANEWARRAY -> {
                MultiANewArrayInsnNode m = (MultiANewArrayInsnNode) n;
                JType type = JType.fromDescriptor(m.desc);
                if (m.dims < 1 || m.dims > type.dimensions()) {
                    throw new InvalidBytecode("multianewarray of " + m.dims + " dimensions of " + type);
                }
                for (int k = 0; k < m.dims; k++) f.pop(JType.INT);
                f.stack.push(type);
            }
            case ARRAYLENGTH -> {
                JType array = f.pop(JType.OBJECT);
                if (!array.isArray() && array.kind() != JType.Kind.NULL) {
                    throw new InvalidBytecode("arraylength of " + array);
                }
                f.stack.push(JType.INT);
            }
            case ATHROW, MONITORENTER, MONITOREXIT -> f.pop(JType.OBJECT);
            case CHECKCAST -> {
                f.pop(JType.OBJECT);
                f.stack.push(JType.fromInternalName(((TypeInsnNode) n).desc));
            }
            case INSTANCEOF -> {
                f.pop(JType.OBJECT);
                f.stack.push(JType.INT);
            }
            default -> {
                if (!OpcodeTable.isBinary(op)) throw new InvalidBytecode("unknown opcode " + op);
                f.pop(OpcodeTable.secondOperandType(op));
                f.pop(OpcodeTable.binaryType(op));
                f.stack.push(OpcodeTable.binaryOp(op).isComparison() ? JType.INT : OpcodeTable.binaryType(op));
            }
        }
    }

    /** The type an ldc pushes (JVMS 4.4: loadable constants). */
    static JType constantType(Object cst) {
        if (cst instanceof Integer) return JType.INT;
        if (cst instanceof Float) return JType.FLOAT;
        if (cst instanceof Long) return JType.LONG;
        if (cst instanceof Double) return JType.DOUBLE;
        if (cst instanceof String) return JType.STRING;
        if (cst instanceof Type t) return t.getSort() == Type.METHOD ? JType.object("java.lang.invoke.MethodType") : CLASS;
        if (cst instanceof Handle) return JType.object("java.lang.invoke.MethodHandle");
        if (cst instanceof ConstantDynamic cd) return JType.fromDescriptor(cd.getDescriptor()).computational();
        throw new InvalidBytecode("ldc of unknown constant " + cst);
    }

    private static JType arrayOperand(TypeFrame f, int op) {
        JType array = f.pop(JType.OBJECT);
        if (!OpcodeTable.accessibleArray(op, array)) throw new InvalidBytecode("array access of the wrong kind on " + array);
        return array;
    }

    private static void field(FieldInsnNode n, TypeFrame f) {
        JType type = JType.fromDescriptor(n.desc).computational();
        switch (n.getOpcode()) {
            case GETSTATIC -> f.stack.push(type);
            case PUTSTATIC -> f.pop(OpcodeTable.kindOf(type));
            case GETFIELD -> {
                f.pop(JType.OBJECT);
                f.stack.push(type);
            }
            default -> {
                f.pop(OpcodeTable.kindOf(type));
                f.pop(JType.OBJECT);
            }
        }
    }

    private static void call(String desc, boolean hasReceiver, TypeFrame f) {
        List<JType> params = JType.parameterTypes(desc);
        for (int k = params.size() - 1; k >= 0; k--) {
            f.pop(OpcodeTable.kindOf(params.get(k)));
        }
        if (hasReceiver) f.pop(JType.OBJECT);
        JType ret = JType.returnType(desc);
        if (!ret.isVoid()) f.stack.push(ret.computational());
    }
}
