package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.DominatorTree;
import dev.kiln.ir.analysis.InstanceofBranch;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each {@code checkcast} that cannot fail where it stands into a {@code cast} (which only narrows the type and
 * throws nothing): one of a value that an {@code instanceof} of the type (or a subtype) tested true on the way, or
 * that an earlier {@code checkcast} to the type (or a subtype) let through. The pattern is Java's own:
 * {@code if (o instanceof String) { String s = (String) o; ... }}, and {@code if (o instanceof String s)}, which javac
 * compiles the same way.
 *
 * <pre>
 * b0:                                            b0:
 *   v2 = instanceof java.lang.String v1            v2 = instanceof java.lang.String v1
 *   if ne v2 then b1 else b2                       if ne v2 then b1 else b2
 * b1:                                    →       b1:
 *   v3 = checkcast java.lang.String v1             v3 = cast java.lang.String v1
 * </pre>
 *
 * <p>What is known holds in the blocks a fact's source dominates: the "is an instance" side of an {@code instanceof}
 * branch, if that block has the branch as its only way in, and everything after a {@code checkcast} in its block and
 * below (a {@code checkcast} that failed would have thrown, unless into a handler of its block: such a cast teaches
 * nothing). It leaves alone: casts of values whose type the type flow
 * already proves (it makes those {@code cast}s itself), and facts that hold only on some paths into a join.
 */
public final class RemoveRedundantCasts implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        boolean any = false;
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) any |= i instanceof Insn.CheckCast c && !c.proven();
        }
        if (!any) return false;
        DominatorTree dom = DominatorTree.compute(fn);
        Map<Block, List<Block>> preds = fn.predecessors();
        IrProgram program = ctx.program();
        Map<Value, List<JType>> known = new HashMap<>();
        boolean changed = false;
        // Depth-first over the dominator tree; each block's facts are undone when its subtree is done.
        Deque<Object> work = new ArrayDeque<>();
        work.push(fn.entry());
        while (!work.isEmpty()) {
            Object top = work.pop();
            if (top instanceof Undo u) {
                List<JType> types = known.get(u.value());
                types.remove(types.size() - 1);
                continue;
            }
            Block b = (Block) top;
            List<Undo> added = new ArrayList<>();
            Block dominator = dom.idom(b);
            InstanceofBranch branch = dominator == null ? null : InstanceofBranch.of(dominator);
            if (branch != null && branch.instanceSide() == b && preds.get(b).size() == 1) {
                added.add(learn(known, branch.test().operand(0), branch.test().type()));
            }
            List<Instruction> out = new ArrayList<>(b.instructions());
            boolean rewritten = false;
            for (int k = 0; k < out.size(); k++) {
                if (!(out.get(k) instanceof Insn.CheckCast c)) continue;
                Value v = c.operand(0);
                boolean proven = c.proven();
                if (!proven && implied(known.get(v), c.type(), program)) {
                    out.set(k, new Insn.CheckCast(c.result(), c.type(), v, true).at(c.pos()));
                    rewritten = proven = true;
                }
                // A checkcast that may fail in a block with handlers teaches nothing: a handler the block dominates runs
                // exactly when it failed.
                if (proven || b.handlers().isEmpty()) added.add(learn(known, v, c.type()));
            }
            if (rewritten) b.replaceInstructions(out);
            changed |= rewritten;
            for (Undo u : added) work.push(u);
            for (Block child : dom.children(b)) work.push(child);
        }
        return changed;
    }

    /** A fact to take back once the dominator subtree it holds in is done. */
    private record Undo(Value value) {}

    private static Undo learn(Map<Value, List<JType>> known, Value v, JType type) {
        known.computeIfAbsent(v, k -> new ArrayList<>()).add(type);
        return new Undo(v);
    }

    /** True if the value, known to be null or of one of {@code types}, is null or a {@code target}. */
    private static boolean implied(List<JType> types, JType target, IrProgram program) {
        if (types == null) return false;
        for (JType t : types) {
            if (t.equals(target) || program.isAssignable(t, target)) return true;
        }
        return false;
    }
}
