package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Which instruction pushed each operand stack entry, before every instruction: the data flow the JVM's
 * helpful NullPointerException messages (JEP 358) describe the null value with. A forward analysis to a
 * fixed point over normal and exception edges, like {@link TypeFlow} but tracking producers instead of
 * types: an instruction's result is pushed as its own index, stack manipulations move entries without
 * changing their producer, and where paths with different producers for one entry meet, the entry's
 * producer becomes {@link #UNKNOWN}, as does the exception a handler receives.
 *
 * <p>It relies on {@link TypeFlow}'s frames for stack heights (how many entries an instruction pops is
 * what the stack loses on the way to its successor, less what it pushes) and for the size of each entry,
 * which the two-slot forms of {@code pop2} and {@code dup2} depend on.
 */
final class NullSources {
    /** The producer of an entry that no single instruction pushed on every path. */
    static final int UNKNOWN = -1;

    private record Entry(int producer, boolean wide) {}

    private final MethodCode code;
    private final TypeFrame[] frames;
    private final int[][] before;
    private final Deque<Integer> work = new ArrayDeque<>();
    private final boolean[] queued;

    private NullSources(MethodCode code, TypeFrame[] frames) {
        this.code = code;
        this.frames = frames;
        this.before = new int[code.size()][];
        this.queued = new boolean[code.size()];
    }

    static NullSources analyze(MethodCode code, TypeFrame[] frames) {
        NullSources s = new NullSources(code, frames);
        s.flowInto(0, new int[0]);
        while (!s.work.isEmpty()) s.step(s.work.poll());
        return s;
    }

    /**
     * The producer of the operand {@code depth} entries below the top of the stack before instruction
     * {@code i} (0 is the top), or {@link #UNKNOWN}.
     */
    int producer(int i, int depth) {
        int[] stack = before[i];
        return stack == null || depth >= stack.length ? UNKNOWN : stack[stack.length - 1 - depth];
    }

    private void step(int i) {
        queued[i] = false;
        int[] in = before[i];
        for (MethodCode.TryCatch tc : code.handlersAt(i)) flowInto(tc.handler(), new int[] {UNKNOWN});
        List<Integer> successors = code.successors(i);
        if (successors.isEmpty()) return;
        int[] out = execute(i, in, frames[successors.get(0)].stack.size());
        for (int s : successors) flowInto(s, out);
    }

    /** The producers after instruction {@code i}, whose successors start with {@code heightAfter} entries. */
    private int[] execute(int i, int[] in, int heightAfter) {
        AbstractInsnNode n = code.insn(i);
        int op = n.getOpcode();
        if (op >= POP && op <= SWAP) {
            OperandStack<Entry> stack = new OperandStack<>(Entry::wide);
            for (int k = 0; k < in.length; k++) stack.push(new Entry(in[k], frames[i].stack.get(k).isWide()));
            stack.shuffle(op);
            int[] out = new int[stack.size()];
            for (int k = 0; k < out.length; k++) out[k] = stack.get(k).producer();
            return out;
        }
        int kept = heightAfter - (pushesValue(n) ? 1 : 0);
        int[] out = Arrays.copyOf(in, heightAfter);
        if (kept < heightAfter) out[kept] = i;
        return out;
    }

    /** True if the instruction (not a stack manipulation) leaves a result on the stack. */
    private static boolean pushesValue(AbstractInsnNode n) {
        if (n instanceof MethodInsnNode m) return Type.getReturnType(m.desc) != Type.VOID_TYPE;
        if (n instanceof InvokeDynamicInsnNode d) return Type.getReturnType(d.desc) != Type.VOID_TYPE;
        int op = n.getOpcode();
        return !(op == NOP || op >= ISTORE && op <= SASTORE || op == IINC || op >= IFEQ && op <= RETURN
                || op == PUTSTATIC || op == PUTFIELD || op == ATHROW || op == MONITORENTER || op == MONITOREXIT
                || op == IFNULL || op == IFNONNULL);
    }

    private void flowInto(int target, int[] producers) {
        int[] old = before[target];
        if (old == null) {
            before[target] = producers.clone();
            enqueue(target);
            return;
        }
        boolean changed = false;
        for (int k = 0; k < old.length && k < producers.length; k++) {
            if (old[k] != producers[k] && old[k] != UNKNOWN) {
                old[k] = UNKNOWN;
                changed = true;
            }
        }
        if (changed) enqueue(target);
    }

    private void enqueue(int i) {
        if (!queued[i]) {
            queued[i] = true;
            work.add(i);
        }
    }
}
