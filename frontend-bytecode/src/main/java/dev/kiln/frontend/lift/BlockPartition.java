package dev.kiln.frontend.lift;

import dev.kiln.frontend.lift.MethodCode.TryCatch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/**
 * Cuts the reachable bytecode into basic blocks. A block starts at the method's first instruction, at
 * every jump or switch target, after every jump, switch, return or throw, and at every handler. Try
 * ranges do not cut blocks: only throwing instructions reach handlers, and the IR splits blocks at
 * those (see {@link BlockEmitter}).
 */
final class BlockPartition {
    /** A maximal straight-line run of reachable instructions [start, end). */
    static final class BytecodeBlock {
        final int start;
        int end;
        final List<BytecodeBlock> successors = new ArrayList<>();
        /** The handlers covering any of this block's instructions. */
        final List<BytecodeBlock> handlerBlocks = new ArrayList<>();
        int normalPredecessors;
        int exceptionPredecessors;

        BytecodeBlock(int start) {
            this.start = start;
        }

        /** True if the last instruction transfers control itself; otherwise control falls into successor 0. */
        boolean endsWithTransfer(MethodCode code) {
            AbstractInsnNode last = code.insn(end - 1);
            return last instanceof JumpInsnNode || last instanceof TableSwitchInsnNode
                    || last instanceof LookupSwitchInsnNode || OpcodeTable.endsFlow(last.getOpcode());
        }

        boolean isHandler() { return exceptionPredecessors > 0; }
    }

    private final MethodCode code;
    private final BytecodeBlock[] startingAt;
    private final List<BytecodeBlock> reversePostorder;

    private BlockPartition(MethodCode code, TypeFrame[] frames) {
        this.code = code;
        this.startingAt = new BytecodeBlock[code.size()];
        boolean[] leader = leaders(code, frames);
        BytecodeBlock current = null;
        for (int i = 0; i < code.size(); i++) {
            if (frames[i] == null) {
                current = null;
                continue;
            }
            if (current == null || leader[i]) {
                current = new BytecodeBlock(i);
                startingAt[i] = current;
            }
            current.end = i + 1;
        }
        for (BytecodeBlock b : startingAt) {
            if (b == null) continue;
            for (int s : code.successors(b.end - 1)) addDistinct(b.successors, startingAt[s]);
            for (int i = b.start; i < b.end; i++) {
                for (TryCatch tc : code.handlersAt(i)) addDistinct(b.handlerBlocks, startingAt[tc.handler()]);
            }
            for (BytecodeBlock s : b.successors) s.normalPredecessors++;
            for (BytecodeBlock h : b.handlerBlocks) h.exceptionPredecessors++;
        }
        this.reversePostorder = reversePostorder(startingAt[0]);
    }

    static BlockPartition of(MethodCode code, TypeFrame[] frames) {
        return new BlockPartition(code, frames);
    }

    BytecodeBlock entry() { return startingAt[0]; }

    /** The block starting at instruction {@code i}. */
    BytecodeBlock startingAt(int i) {
        BytecodeBlock b = startingAt[i];
        if (b == null) throw new IllegalArgumentException("no block starts at instruction " + i + " of " + code.ref);
        return b;
    }

    /** Every block, in reverse postorder over normal and exception edges: the order to translate them in. */
    List<BytecodeBlock> reversePostorder() { return reversePostorder; }

    private static boolean[] leaders(MethodCode code, TypeFrame[] frames) {
        boolean[] leader = new boolean[code.size() + 1];
        leader[0] = true;
        for (TryCatch tc : code.tryCatches()) leader[tc.handler()] = true;
        for (int i = 0; i < code.size(); i++) {
            if (frames[i] == null) continue;
            List<Integer> succ = code.successors(i);
            AbstractInsnNode n = code.insn(i);
            boolean transfer = n instanceof JumpInsnNode || n instanceof TableSwitchInsnNode || n instanceof LookupSwitchInsnNode;
            if (succ.size() == 1 && succ.get(0) == i + 1 && !transfer) continue;
            for (int s : succ) leader[s] = true;
            leader[i + 1] = true;
        }
        return leader;
    }

    private static void addDistinct(List<BytecodeBlock> list, BytecodeBlock b) {
        if (!list.contains(b)) list.add(b);
    }

    /** Iterative depth-first search, so that huge methods cannot overflow the Java stack. */
    private static List<BytecodeBlock> reversePostorder(BytecodeBlock entry) {
        List<BytecodeBlock> postorder = new ArrayList<>();
        Set<BytecodeBlock> seen = new HashSet<>();
        Deque<BytecodeBlock> stack = new ArrayDeque<>();
        Deque<Integer> nextEdge = new ArrayDeque<>();
        stack.push(entry);
        nextEdge.push(0);
        seen.add(entry);
        while (!stack.isEmpty()) {
            BytecodeBlock b = stack.peek();
            int k = nextEdge.pop();
            List<BytecodeBlock> out = edges(b);
            if (k < out.size()) {
                nextEdge.push(k + 1);
                BytecodeBlock s = out.get(k);
                if (seen.add(s)) {
                    stack.push(s);
                    nextEdge.push(0);
                }
            } else {
                stack.pop();
                postorder.add(b);
            }
        }
        Collections.reverse(postorder);
        return postorder;
    }

    private static List<BytecodeBlock> edges(BytecodeBlock b) {
        List<BytecodeBlock> out = new ArrayList<>(b.successors);
        for (BytecodeBlock h : b.handlerBlocks) addDistinct(out, h);
        return out;
    }
}
