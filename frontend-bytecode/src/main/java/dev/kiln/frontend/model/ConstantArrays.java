package dev.kiln.frontend.model;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Evaluates, at compile time, a method that only builds nested arrays of constants and returns one: the
 * {@code getContents()} of the JDK's list resource bundles ({@code sun.text.resources.cldr.FormatData} and the like),
 * whose bytecode is {@code anewarray}, {@code dup}, an index constant, {@code ldc}, {@code aastore},
 * {@code astore}/{@code aload} of a finished array, and {@code areturn}, thousands of times. The result is the method's
 * value as Java arrays ({@code Object[]} of {@code String}, {@code Integer} and {@code Object[]}). Anything else is
 * an {@link IllegalArgumentException} naming the instruction: such a method is not data.
 */
final class ConstantArrays {
    private ConstantArrays() {}

    static Object evaluate(MethodNode m) {
        try {
            return run(m);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // A stack, array or local the bytecode misuses (an index out of range, an empty stack, a store of the wrong
            // kind): not data either.
            throw new IllegalArgumentException(m.name + m.desc + " is not only constant arrays: " + e);
        }
    }

    private static Object run(MethodNode m) {
        Deque<Object> stack = new ArrayDeque<>();
        Map<Integer, Object> locals = new HashMap<>();
        int index = 0;
        for (AbstractInsnNode insn : m.instructions) {
            int op = insn.getOpcode();
            if (op < 0) continue; // labels, line numbers, frames
            switch (op) {
                case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> stack.push(op - ICONST_0);
                case BIPUSH, SIPUSH -> stack.push(((IntInsnNode) insn).operand);
                case LDC -> {
                    Object c = ((LdcInsnNode) insn).cst;
                    if (!(c instanceof String) && !(c instanceof Integer)) throw unexpected(m, insn, index, "a constant of " + c.getClass().getSimpleName());
                    stack.push(c);
                }
                case ACONST_NULL -> stack.push(NULL);
                case ANEWARRAY -> stack.push(new Object[(Integer) stack.pop()]);
                case DUP -> stack.push(stack.peek());
                case AASTORE -> {
                    Object value = stack.pop();
                    int i = (Integer) stack.pop();
                    ((Object[]) stack.pop())[i] = value == NULL ? null : value;
                }
                case ASTORE -> locals.put(((VarInsnNode) insn).var, stack.pop());
                case ALOAD -> {
                    Object v = locals.get(((VarInsnNode) insn).var);
                    if (v == null) throw unexpected(m, insn, index, "a read of a local that holds no array");
                    stack.push(v);
                }
                case ARETURN -> {
                    Object v = stack.pop();
                    return v == NULL ? null : v;
                }
                default -> throw unexpected(m, insn, index, "opcode " + op);
            }
            index++;
        }
        throw new IllegalArgumentException(m.name + m.desc + " does not return");
    }

    /** Stands for null on the stack, which {@link ArrayDeque} cannot hold. */
    private static final Object NULL = new Object();

    private static IllegalArgumentException unexpected(MethodNode m, AbstractInsnNode insn, int index, String what) {
        return new IllegalArgumentException(m.name + m.desc + " is not only constant arrays: " + what + " at instruction " + index);
    }
}
