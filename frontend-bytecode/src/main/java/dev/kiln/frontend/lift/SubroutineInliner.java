package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.CompileError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Removes jsr/ret subroutines (class files before version 51 may have them; javac up to 1.4 compiled
 * {@code finally} into them) by giving every call its own copy of the subroutine, so the rest of the lifter
 * sees only ordinary control flow. In a copy, {@code jsr L} becomes {@code aconst_null; goto <L's copy>}
 * (the null stands for the return address, which only ret reads) and {@code ret} becomes a goto to the
 * instruction after the call it returns to. A subroutine called from inside another is copied once per copy
 * of its caller. Every copied instruction keeps the bytecode offset and source line of its original, so the
 * IR and diagnostics point at the class file's code.
 *
 * <p>A copy holds what control reaches from the subroutine's entry: branch and switch targets, the handlers
 * of covered instructions, and, after a nested call, the next instruction if the called subroutine can
 * return. Exception table entries are repeated per copy, covering the copies of the instructions they
 * covered. Code that nothing reaches is not copied (the lifter drops dead code anyway).
 *
 * <p>The JVM let a ret return from an outer subroutine, abandoning inner ones; compilers never did that.
 * Here a ret returns from the innermost subroutine, and must read the local that the subroutine's first
 * instruction, an astore, put the return address in. Other shapes, recursive calls (JVMS 4.10.2.5 forbids
 * them) and ret outside a subroutine are reported, never guessed at.
 */
final class SubroutineInliner {
    /** Copies multiply with nesting; beyond this many instructions the method is reported instead. */
    static final int MAX_INSTRUCTIONS = 1 << 18;

    private final MethodCode code;
    private final List<Copy> copies = new ArrayList<>();
    private int size;

    private SubroutineInliner(MethodCode code) {
        this.code = code;
    }

    /**
     * {@code method} itself if it has no jsr or ret; otherwise a new method node without jsr and ret, whose labels
     * carry the original offsets (see {@link BytecodeOffsets}). {@code method} is left unchanged.
     *
     * @throws CompileError if the subroutines are invalid or have a shape this class does not inline
     */
    static MethodNode inline(ClassNode owner, MethodNode method, String file) {
        if (!hasSubroutines(method)) return method;
        SubroutineInliner inliner = new SubroutineInliner(MethodCode.of(owner, method, file));
        Copy main = inliner.new Copy(null, 0, -1);
        inliner.copies.add(main);
        inliner.explore(main);
        return inliner.write(method);
    }

    private static boolean hasSubroutines(MethodNode method) {
        for (AbstractInsnNode n = method.instructions.getFirst(); n != null; n = n.getNext()) {
            if (n.getOpcode() == JSR || n.getOpcode() == RET) return true;
        }
        return false;
    }

    /** The main code, or the copy of one subroutine for one call. */
    private final class Copy {
        /** Null for the main code. */
        final Copy caller;
        final int entry;
        /** The jsr in the caller that this copy serves. */
        final int callSite;
        /** The local the entry's astore keeps the return address in, or -1 if the entry is no astore. */
        final int returnSlot;
        final boolean[] reached = new boolean[code.size()];
        final LabelNode[] labels = new LabelNode[code.size()];
        final Map<Integer, Copy> callees = new HashMap<>();
        final LabelNode end = new LabelNode();
        boolean returns;

        Copy(Copy caller, int entry, int callSite) {
            this.caller = caller;
            this.entry = entry;
            this.callSite = callSite;
            AbstractInsnNode first = code.insn(entry);
            this.returnSlot = first.getOpcode() == ASTORE ? ((VarInsnNode) first).var : -1;
        }

        /** The label before this copy of instruction {@code i}, carrying i's original offset. */
        LabelNode label(int i) {
            if (labels[i] == null) labels[i] = new LabelNode(new LiftableClass.OffsetLabel(offset(i)));
            return labels[i];
        }

        /** The label just after this copy of instruction {@code i}. */
        LabelNode after(int i) {
            for (int k = i + 1; k < reached.length; k++) {
                if (reached[k]) return label(k);
            }
            return end;
        }
    }

    private void explore(Copy c) {
        Deque<Integer> work = new ArrayDeque<>();
        reach(c, c.entry, work);
        while (!work.isEmpty()) {
            int i = work.pop();
            for (MethodCode.TryCatch tc : code.handlersAt(i)) reach(c, tc.handler(), work);
            switch (code.insn(i).getOpcode()) {
                case JSR -> call(c, i, work);
                case RET -> ret(c, i);
                default -> {
                    for (int s : successors(i)) reach(c, s, work);
                }
            }
        }
    }

    private void reach(Copy c, int i, Deque<Integer> work) {
        if (c.reached[i]) return;
        if (++size > MAX_INSTRUCTIONS) {
            throw error(i, "copying its subroutines for every call would make this method longer than "
                    + MAX_INSTRUCTIONS + " instructions");
        }
        c.reached[i] = true;
        work.push(i);
    }

    private void call(Copy c, int jsr, Deque<Integer> work) {
        int entry = code.indexOf(((JumpInsnNode) code.insn(jsr)).label);
        for (Copy k = c; k.caller != null; k = k.caller) {
            if (k.entry == entry) {
                throw error(jsr, "invalid bytecode: jsr calls the subroutine at offset " + offset(entry)
                        + " from inside itself");
            }
        }
        Copy callee = new Copy(c, entry, jsr);
        c.callees.put(jsr, callee);
        copies.add(callee);
        explore(callee);
        if (callee.returns) {
            if (jsr + 1 == code.size()) throw error(jsr, "invalid bytecode: the subroutine returns past the end of the code");
            reach(c, jsr + 1, work);
        }
    }

    private void ret(Copy c, int ret) {
        if (c.caller == null) throw error(ret, "invalid bytecode: ret outside a subroutine");
        int slot = ((VarInsnNode) code.insn(ret)).var;
        if (c.returnSlot < 0) {
            throw error(ret, "the subroutine at offset " + offset(c.entry) + " does not begin by storing its return "
                    + "address (astore), so which subroutine this ret returns from is unknown; not supported");
        }
        if (slot != c.returnSlot) {
            throw error(ret, "ret reads local " + slot + ", but the subroutine at offset " + offset(c.entry)
                    + " keeps its return address in local " + c.returnSlot
                    + "; returning from an outer subroutine is not supported");
        }
        c.returns = true;
    }

    private List<Integer> successors(int i) {
        try {
            return code.successors(i);
        } catch (InvalidBytecode e) {
            throw error(i, "invalid bytecode: " + e.getMessage());
        }
    }

    private MethodNode write(MethodNode method) {
        MethodNode out = new MethodNode(ASM9, method.access, method.name, method.desc, method.signature,
                method.exceptions.toArray(new String[0]));
        out.maxLocals = method.maxLocals;
        out.maxStack = method.maxStack;
        InsnList insns = out.instructions;
        int line = -1;
        for (Copy c : copies) {
            for (int i = 0; i < code.size(); i++) {
                if (!c.reached[i]) continue;
                LabelNode at = c.label(i);
                insns.add(at);
                int l = code.pos(i).line();
                // MethodCode gives an instruction the line of the last line entry before it; -1 included.
                if (l != line) insns.add(new LineNumberNode(l, at));
                line = l;
                emit(c, i, insns);
            }
            insns.add(c.end);
        }
        for (MethodCode.TryCatch tc : code.tryCatches()) {
            for (Copy c : copies) copyHandler(c, tc, out.tryCatchBlocks);
        }
        return out;
    }

    private void emit(Copy c, int i, InsnList insns) {
        AbstractInsnNode n = code.insn(i);
        switch (n.getOpcode()) {
            case JSR -> {
                Copy callee = c.callees.get(i);
                insns.add(new InsnNode(ACONST_NULL));
                insns.add(new LabelNode(new LiftableClass.OffsetLabel(offset(i))));
                insns.add(new JumpInsnNode(GOTO, callee.label(callee.entry)));
            }
            case RET -> insns.add(new JumpInsnNode(GOTO, c.caller.label(c.callSite + 1)));
            default -> {
                Map<LabelNode, LabelNode> targets = new HashMap<>();
                for (LabelNode l : targets(n)) targets.put(l, c.label(code.indexOf(l)));
                insns.add(InsnCopies.copy(n, targets));
            }
        }
    }

    private static List<LabelNode> targets(AbstractInsnNode n) {
        List<LabelNode> out = new ArrayList<>();
        if (n instanceof JumpInsnNode jump) {
            out.add(jump.label);
        } else if (n instanceof TableSwitchInsnNode ts) {
            out.add(ts.dflt);
            out.addAll(ts.labels);
        } else if (n instanceof LookupSwitchInsnNode ls) {
            out.add(ls.dflt);
            out.addAll(ls.labels);
        }
        return out;
    }

    /**
     * The entry's copy for {@code c}: from c's first to its last copied instruction in the range (c's copies
     * are in original order, so nothing else lies between), if c reaches the handler. If it does not, no
     * instruction c copied can choose this entry (an earlier one catches everything).
     */
    private void copyHandler(Copy c, MethodCode.TryCatch tc, List<TryCatchBlockNode> out) {
        if (!c.reached[tc.handler()]) return;
        int first = -1;
        int last = -1;
        for (int i = tc.start(); i < tc.end(); i++) {
            if (c.reached[i]) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return;
        String type = tc.catchType() == null ? null : tc.catchType().replace('.', '/');
        out.add(new TryCatchBlockNode(c.label(first), c.after(last), c.label(tc.handler()), type));
    }

    private int offset(int i) {
        return code.pos(i).bytecodeOffset();
    }

    private CompileError error(int i, String message) {
        return new CompileError(code.site(i).error(message));
    }
}
