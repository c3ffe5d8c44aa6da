package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which instructions may have produced each local and operand stack entry before every instruction, and so
 * where each instruction's result goes: the data flow {@link LowerFieldHandles} follows from a handle's
 * definition to its uses. Unlike {@link NullSources}, which stops at a local variable load (the JVM's
 * messages name the variable), values keep their producers through locals: loads, stores and the stack
 * manipulations move a value without producing one. Where paths meet, the sets of producers are joined,
 * so a use sees every instruction its operand may come from.
 *
 * <p>A forward analysis to a fixed point over normal and exception edges, relying on {@link TypeFlow}'s
 * frames for stack heights and entry sizes. Method parameters, locals never stored and caught exceptions
 * come from {@link #OUTSIDE}.
 */
final class ValueSources {
    /** The producer of a value that no instruction of the method produced. */
    static final int OUTSIDE = -1;

    private static final int[] NONE = {};
    private static final int[] FROM_OUTSIDE = {OUTSIDE};

    /** One operand stack entry: its producers, and whether it fills two slots. */
    private record Entry(int[] producers, boolean wide) {}

    /** An instruction taking a value as its operand {@code depth} entries below the top of the stack. */
    record Use(int insn, int depth) {}

    private final MethodCode code;
    private final TypeFrame[] frames;
    private final int[][][] locals;
    private final int[][][] stacks;
    private final Deque<Integer> work = new ArrayDeque<>();
    private final boolean[] queued;
    private List<List<Use>> uses;

    private ValueSources(MethodCode code, TypeFrame[] frames) {
        this.code = code;
        this.frames = frames;
        this.locals = new int[code.size()][][];
        this.stacks = new int[code.size()][][];
        this.queued = new boolean[code.size()];
    }

    static ValueSources analyze(MethodCode code, TypeFrame[] frames) {
        ValueSources s = new ValueSources(code, frames);
        int[][] entry = new int[code.maxLocals()][];
        Arrays.fill(entry, NONE);
        int params = (code.isStatic() ? 0 : 1);
        for (Type t : Type.getArgumentTypes(code.method.desc)) params += t.getSize();
        for (int slot = 0; slot < params; slot++) entry[slot] = FROM_OUTSIDE;
        s.flowInto(0, entry, new int[0][]);
        while (!s.work.isEmpty()) s.step(s.work.poll());
        return s;
    }

    /** True if normal or exceptional flow reaches instruction {@code i}. */
    boolean isReached(int i) {
        return stacks[i] != null;
    }

    /** The instructions that may have produced the operand {@code depth} entries below the top before instruction {@code i}. */
    int[] operand(int i, int depth) {
        int[][] stack = stacks[i];
        return stack == null || depth >= stack.length ? NONE : stack[stack.length - 1 - depth];
    }

    /** The single instruction that produced the operand, or {@link #OUTSIDE} if there is not exactly one. */
    int onlyProducer(int i, int depth) {
        int[] p = operand(i, depth);
        return p.length == 1 ? p[0] : OUTSIDE;
    }

    /**
     * The instructions taking the result of {@code producer} as an operand, with the stack manipulations
     * and local variable moves in between looked through; {@code pop} and {@code pop2} count as uses.
     * Whether a use may also see other values is {@link #onlyProducer}'s question.
     */
    List<Use> uses(int producer) {
        if (uses == null) computeUses();
        return uses.get(producer);
    }

    private void computeUses() {
        uses = new ArrayList<>(code.size());
        for (int i = 0; i < code.size(); i++) uses.add(new ArrayList<>());
        for (int i = 0; i < code.size(); i++) {
            if (!isReached(i) || isMove(code.insn(i))) continue;
            int popped = popped(i);
            for (int depth = 0; depth < popped; depth++) {
                for (int p : operand(i, depth)) if (p != OUTSIDE) uses.get(p).add(new Use(i, depth));
            }
        }
    }

    /** How many stack entries instruction {@code i} takes. */
    private int popped(int i) {
        AbstractInsnNode n = code.insn(i);
        int op = n.getOpcode();
        if (op == POP) return 1;
        if (op == POP2) return frames[i].stack.get(frames[i].stack.size() - 1).isWide() ? 1 : 2;
        List<Integer> successors = code.successors(i);
        if (successors.isEmpty()) return op == RETURN ? 0 : 1;
        int after = frames[successors.get(0)].stack.size();
        return frames[i].stack.size() - after + (pushesValue(n) ? 1 : 0);
    }

    /** Loads, stores and stack manipulations other than pop: they move values without using them. */
    private static boolean isMove(AbstractInsnNode n) {
        int op = n.getOpcode();
        return n instanceof VarInsnNode || op >= DUP && op <= SWAP;
    }

    private void step(int i) {
        queued[i] = false;
        for (MethodCode.TryCatch tc : code.handlersAt(i)) flowInto(tc.handler(), locals[i], new int[][] {FROM_OUTSIDE});
        List<Integer> successors = code.successors(i);
        if (successors.isEmpty()) return;
        int[][] outLocals = locals[i].clone();
        int[][] outStack = execute(i, outLocals, frames[successors.get(0)].stack.size());
        for (int s : successors) flowInto(s, outLocals, outStack);
    }

    /** Runs instruction {@code i} on a copy of its locals; returns the stack after it. */
    private int[][] execute(int i, int[][] outLocals, int heightAfter) {
        AbstractInsnNode n = code.insn(i);
        int op = n.getOpcode();
        int[][] in = stacks[i];
        if (op >= POP && op <= SWAP) {
            OperandStack<Entry> stack = new OperandStack<>(Entry::wide);
            for (int k = 0; k < in.length; k++) stack.push(new Entry(in[k], frames[i].stack.get(k).isWide()));
            stack.shuffle(op);
            int[][] out = new int[stack.size()][];
            for (int k = 0; k < out.length; k++) out[k] = stack.get(k).producers();
            return out;
        }
        if (n instanceof VarInsnNode v && op >= ILOAD && op <= ALOAD) {
            int[][] out = Arrays.copyOf(in, in.length + 1);
            out[in.length] = outLocals[v.var];
            return out;
        }
        if (n instanceof VarInsnNode v && op >= ISTORE && op <= ASTORE) {
            outLocals[v.var] = in[in.length - 1];
            if (op == LSTORE || op == DSTORE) outLocals[v.var + 1] = NONE;
            if (v.var > 0 && frames[i].locals[v.var - 1] != null && frames[i].locals[v.var - 1].isWide()) outLocals[v.var - 1] = NONE;
            return Arrays.copyOf(in, in.length - 1);
        }
        if (n instanceof IincInsnNode iinc) {
            outLocals[iinc.var] = new int[] {i};
            return in;
        }
        int kept = heightAfter - (pushesValue(n) ? 1 : 0);
        int[][] out = Arrays.copyOf(in, heightAfter);
        if (kept < heightAfter) out[kept] = new int[] {i};
        return out;
    }

    /** True if the instruction (not a load or stack manipulation) leaves a result on the stack. */
    static boolean pushesValue(AbstractInsnNode n) {
        if (n instanceof MethodInsnNode m) return Type.getReturnType(m.desc) != Type.VOID_TYPE;
        if (n instanceof InvokeDynamicInsnNode d) return Type.getReturnType(d.desc) != Type.VOID_TYPE;
        int op = n.getOpcode();
        return !(op == NOP || op >= ISTORE && op <= SASTORE || op == IINC || op >= IFEQ && op <= RETURN
                || op == PUTSTATIC || op == PUTFIELD || op == ATHROW || op == MONITORENTER || op == MONITOREXIT
                || op == IFNULL || op == IFNONNULL);
    }

    private void flowInto(int target, int[][] inLocals, int[][] inStack) {
        if (stacks[target] == null) {
            locals[target] = inLocals.clone();
            stacks[target] = inStack.clone();
            enqueue(target);
            return;
        }
        boolean changed = join(locals[target], inLocals) | join(stacks[target], inStack);
        if (changed) enqueue(target);
    }

    /** Joins {@code other} into {@code into} slot by slot; true if anything grew. */
    private static boolean join(int[][] into, int[][] other) {
        boolean changed = false;
        for (int k = 0; k < into.length && k < other.length; k++) {
            int[] u = union(into[k], other[k]);
            if (u != into[k]) {
                into[k] = u;
                changed = true;
            }
        }
        return changed;
    }

    /** The sorted union; {@code a} itself if {@code b} adds nothing. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                out[k++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[k++] = b[j++];
            } else {
                out[k++] = a[i++];
                j++;
            }
        }
        return k == a.length ? a : Arrays.copyOf(out, k);
    }

    private void enqueue(int i) {
        if (!queued[i]) {
            queued[i] = true;
            work.add(i);
        }
    }
}
