package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Block;
import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Insn;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Translates one bytecode instruction at a time into IR, simulating the operand stack with SSA values:
 * loads, stores and stack manipulation produce no instructions, only a different stack or a variable
 * write in {@link SsaBuilder}. Locals are SSA variables {@code 0..maxLocals-1}; the operand stack crosses
 * block boundaries as variables {@code maxLocals + depth}, written by {@link #flushStack} before a block's
 * terminator and read back at the start of its successors.
 *
 * <p>Operands have already been checked by {@link TypeFlow}, so their computational types are right.
 */
final class InsnTranslator {
    private static final JType CLASS = JType.object("java.lang.Class");

    private final MethodCode code;
    private final LiftContext ctx;
    private final BlockEmitter out;
    private final SsaBuilder ssa;
    private final IntFunction<Block> blockAt;
    private final MemberAccess members;
    private final StringConcatLowering concat;
    private final BootstrapCallLowering bootstraps;
    private final StoreNarrowing narrowing;
    private final ImplicitChecks checks;
    private final OperandStack<Value> stack = new OperandStack<>(v -> v.type().isWide());
    private final int stackBase;
    private Site site;

    /**
     * @param frames  {@link TypeFlow}'s result, for the data flow behind NullPointerException messages
     * @param blockAt the IR block that starts with bytecode instruction {@code i}
     */
    InsnTranslator(MethodCode code, LiftContext ctx, TypeFrame[] frames, BlockEmitter out, SsaBuilder ssa, IntFunction<Block> blockAt) {
        this.code = code;
        this.ctx = ctx;
        this.out = out;
        this.ssa = ssa;
        this.blockAt = blockAt;
        this.narrowing = new StoreNarrowing(out, ssa);
        this.members = new MemberAccess(code, ctx, out, narrowing);
        this.concat = new StringConcatLowering(members, out);
        this.checks = new ImplicitChecks(code, frames, ctx, out);
        this.bootstraps = new BootstrapCallLowering(code.owner, members);
        this.stackBase = code.maxLocals();
    }

    /** The SSA variable of stack entry {@code depth} (0 is the bottom) at block boundaries. */
    int stackVariable(int depth) {
        return stackBase + depth;
    }

    /** Starts a block whose incoming stack holds {@code height} entries, read from the stack variables. */
    void enterBlock(int height) {
        members.enterBlock();
        checks.enterBlock();
        stack.clear();
        for (int d = 0; d < height; d++) stack.push(ssa.read(stackVariable(d), out.current()));
    }

    /** Starts an exception handler block: the stack holds just the caught exception. */
    void enterHandler(Value caught) {
        members.enterBlock();
        checks.enterBlock();
        stack.clear();
        stack.push(caught);
    }

    /** Ends the current block by falling through to the block starting at instruction {@code next}. */
    void fallThrough(int next) {
        flushStack();
        out.terminate(new Insn.Goto(blockAt.apply(next)));
    }

    void translate(int i) {
        AbstractInsnNode n = code.insn(i);
        int op = n.getOpcode();
        site = code.site(i);
        switch (op) {
            case NOP -> { }
            case ACONST_NULL -> stack.push(out.constant(null, JType.NULL));
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 ->
                stack.push(out.constant(op - ICONST_0, JType.INT));
            case BIPUSH, SIPUSH -> stack.push(out.constant(((IntInsnNode) n).operand, JType.INT));
            case LCONST_0, LCONST_1 -> stack.push(out.constant((long) (op - LCONST_0), JType.LONG));
            case FCONST_0, FCONST_1, FCONST_2 -> stack.push(out.constant((float) (op - FCONST_0), JType.FLOAT));
            case DCONST_0, DCONST_1 -> stack.push(out.constant((double) (op - DCONST_0), JType.DOUBLE));
            case LDC -> stack.push(ldc(((LdcInsnNode) n).cst));
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> stack.push(ssa.read(((VarInsnNode) n).var, out.current()));
            case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> {
                Value v = stack.pop();
                ssa.write(((VarInsnNode) n).var, out.current(), v);
            }
            case IINC -> iinc((IincInsnNode) n);
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> arrayLoad(op, i);
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> arrayStore(op, i);
            case POP, POP2, DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP -> stack.shuffle(op);
            case INEG, LNEG, FNEG, DNEG -> {
                JType t = OpcodeTable.negateType(op);
                stack.push(out.emit(new Insn.Negate(out.value(t), t, stack.pop())));
            }
            case I2L, I2F, I2D, L2I, L2F, L2D, F2I, F2L, F2D, D2I, D2L, D2F, I2B, I2C, I2S -> {
                JType to = OpcodeTable.convertTo(op);
                stack.push(out.emit(new Insn.Convert(out.value(to), OpcodeTable.convertFrom(op), to, stack.pop())));
            }
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE,
                 IF_ACMPEQ, IF_ACMPNE, IFNULL, IFNONNULL -> branch((JumpInsnNode) n, i);
            case GOTO -> {
                flushStack();
                out.terminate(new Insn.Goto(target(((JumpInsnNode) n).label)));
            }
            case TABLESWITCH -> tableSwitch((TableSwitchInsnNode) n);
            case LOOKUPSWITCH -> lookupSwitch((LookupSwitchInsnNode) n);
            case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN -> {
                Value v = narrowing.narrow(stack.pop(), code.ref.sig().ret());
                out.terminate(new Insn.Return(v));
            }
            case RETURN -> out.terminate(new Insn.Return(null));
            case GETSTATIC -> stack.push(members.getStatic((FieldInsnNode) n, site));
            case PUTSTATIC -> members.putStatic((FieldInsnNode) n, stack.pop(), site);
            case GETFIELD -> {
                Value object = stack.pop();
                checks.nullCheck(object, i, 0);
                stack.push(members.getField((FieldInsnNode) n, object, site));
            }
            case PUTFIELD -> {
                Value value = stack.pop();
                Value object = stack.pop();
                checks.nullCheck(object, i, 1);
                members.putField((FieldInsnNode) n, object, value, site);
            }
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> {
                MethodInsnNode m = (MethodInsnNode) n;
                int argc = Type.getArgumentTypes(m.desc).length + (op == INVOKESTATIC ? 0 : 1);
                List<Value> args = stack.pop(argc);
                if (op != INVOKESTATIC) checks.nullCheck(args.get(0), i, argc - 1);
                pushResult(members.invoke(m, args, site));
            }
            case INVOKEDYNAMIC -> {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) n;
                List<Value> args = stack.pop(Type.getArgumentTypes(indy.desc).length);
                stack.push(ConcatRecipe.isConcat(indy) ? concat.lower(indy, args, site) : bootstraps.lower(indy, args, site));
            }
            case NEW -> stack.push(members.newObject(((TypeInsnNode) n).desc.replace('/', '.'), site));
            case NEWARRAY -> newArray(OpcodeTable.newarrayComponent(((IntInsnNode) n).operand));
            case ANEWARRAY -> newArray(JType.fromInternalName(((TypeInsnNode) n).desc));
            case MULTIANEWARRAY -> {
                MultiANewArrayInsnNode m = (MultiANewArrayInsnNode) n;
                JType type = JType.fromDescriptor(m.desc);
                ctx.requireType(type, site);
                List<Value> lengths = stack.pop(m.dims);
                stack.push(out.emit(new Insn.NewMultiArray(out.value(type), type, lengths)));
            }
            case ARRAYLENGTH -> {
                Value array = stack.pop();
                checks.arrayLength(array, i);
                stack.push(out.emit(new Insn.ArrayLength(out.value(JType.INT), array)));
            }
            case ATHROW -> out.terminate(new Insn.Throw(checked(stack.pop(), i)));
            case CHECKCAST -> {
                JType type = checkedType((TypeInsnNode) n);
                stack.push(out.emit(new Insn.CheckCast(out.value(type), type, stack.pop())));
            }
            case INSTANCEOF -> {
                JType type = checkedType((TypeInsnNode) n);
                stack.push(out.emit(new Insn.InstanceOf(out.value(JType.INT), type, stack.pop())));
            }
            case MONITORENTER, MONITOREXIT -> out.emit(new Insn.Monitor(op == MONITORENTER, checked(stack.pop(), i)));
            default -> {
                if (!OpcodeTable.isBinary(op)) throw new IllegalStateException("opcode " + op + " reached the translator");
                binary(op);
            }
        }
    }

    private Value ldc(Object cst) {
        if (cst instanceof Type t) {
            JType type = JType.fromDescriptor(t.getDescriptor());
            ctx.requireType(type, site);
            return out.constant(type, CLASS);
        }
        return out.constant(cst, TypeTransfer.constantType(cst));
    }

    private void iinc(IincInsnNode n) {
        Value old = ssa.read(n.var, out.current());
        Value increment = out.constant(n.incr, JType.INT);
        Value sum = out.emit(new Insn.Binary(out.value(JType.INT), BinaryOp.ADD, JType.INT, old, increment));
        ssa.write(n.var, out.current(), sum);
    }

    private void binary(int op) {
        Value b = stack.pop();
        Value a = stack.pop();
        BinaryOp bop = OpcodeTable.binaryOp(op);
        JType type = OpcodeTable.binaryType(op);
        Value result = out.value(bop.isComparison() ? JType.INT : type);
        if ((bop == BinaryOp.DIV || bop == BinaryOp.REM) && (type.equals(JType.INT) || type.equals(JType.LONG))) checks.divisor(b);
        stack.push(out.emit(new Insn.Binary(result, bop, type, a, b)));
    }

    /** {@code object}, null-checked for instruction {@code i}, which uses it from the top of the stack. */
    private Value checked(Value object, int i) {
        checks.nullCheck(object, i, 0);
        return object;
    }

    private void arrayLoad(int op, int i) {
        Value index = stack.pop();
        Value array = stack.pop();
        JType component = OpcodeTable.arrayComponent(op, array.type());
        checks.arrayLoad(array, index, i);
        stack.push(out.emit(new Insn.ArrayLoad(out.value(component), component, array, index)));
    }

    private void arrayStore(int op, int i) {
        Value value = stack.pop();
        Value index = stack.pop();
        Value array = stack.pop();
        JType component = OpcodeTable.arrayComponent(op, array.type());
        checks.arrayStore(array, index, value, i);
        out.emit(new Insn.ArrayStore(component, array, index, narrowing.narrow(value, component)));
    }

    private void newArray(JType component) {
        JType type = JType.array(component);
        ctx.requireType(type, site);
        Value length = stack.pop();
        stack.push(out.emit(new Insn.NewArray(out.value(type), component, length)));
    }

    private JType checkedType(TypeInsnNode n) {
        JType type = JType.fromInternalName(n.desc);
        ctx.requireType(type, site);
        return type;
    }

    private void pushResult(Value result) {
        if (result != null) stack.push(result);
    }

    private void branch(JumpInsnNode n, int i) {
        List<Value> operands = stack.pop(OpcodeTable.conditionOperands(n.getOpcode()));
        flushStack();
        out.terminate(new Insn.If(OpcodeTable.condition(n.getOpcode()), operands, target(n.label), blockAt.apply(i + 1)));
    }

    private void tableSwitch(TableSwitchInsnNode n) {
        int[] keys = new int[n.labels.size()];
        Block[] targets = new Block[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = n.min + k;
            targets[k] = target(n.labels.get(k));
        }
        emitSwitch(keys, targets, target(n.dflt));
    }

    /** lookupswitch keys must be sorted and distinct (JVMS 4.9.2); sorting here also covers unverified input. */
    private void lookupSwitch(LookupSwitchInsnNode n) {
        TreeMap<Integer, Block> cases = new TreeMap<>();
        for (int k = 0; k < n.keys.size(); k++) cases.putIfAbsent(n.keys.get(k), target(n.labels.get(k)));
        int[] keys = cases.keySet().stream().mapToInt(Integer::intValue).toArray();
        emitSwitch(keys, cases.values().toArray(new Block[0]), target(n.dflt));
    }

    private void emitSwitch(int[] keys, Block[] targets, Block dflt) {
        Value key = stack.pop();
        flushStack();
        out.terminate(new Insn.Switch(key, keys, targets, dflt));
    }

    private Block target(LabelNode label) {
        return blockAt.apply(code.indexOf(label));
    }

    /** Hands the operand stack to the successors: before a terminator, write each entry to its variable. */
    private void flushStack() {
        for (int d = 0; d < stack.size(); d++) ssa.write(stackVariable(d), out.current(), stack.get(d));
    }
}
