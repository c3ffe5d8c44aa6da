package dev.kiln.opt.passes;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.DominatorTree;
import dev.kiln.ir.analysis.Loop;
import dev.kiln.ir.analysis.LoopInfo;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import dev.kiln.opt.StableFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loop-invariant code motion: moves each instruction of a loop that computes the same value on every iteration, and
 * can neither throw nor trap, to the loop's preheader, so it runs once per entry into the loop instead of once per
 * iteration. The engines hoist some of this themselves; Chicory and Wasmtime's baseline tiers do not, and the
 * preheader's value is one more fact for the passes after this one.
 *
 * <pre>
 * b1:                                        b0:   (the preheader)
 *   v3 = phi int [b0: v1], [b2: v6]            ...
 *   if lt v3, v0 then b2 else b3               v4 = arraylength v2
 * b2:                                  →       v5 = mul int v0, v0
 *   v4 = arraylength v2                        goto b1
 *   v5 = mul int v0, v0                      b2:
 *   v6 = add int v3, v5                        v6 = add int v3, v5
 * </pre>
 *
 * <p>An instruction is invariant when each operand is defined outside the loop (or by an instruction hoisted already; a
 * {@code const} in the loop is copied to the preheader). The kinds it moves: arithmetic (an integer division or
 * remainder only by a non-zero constant, since its {@code zerocheck} stays behind), negation, conversions,
 * {@code instanceof}, and, of a value known not to be null in the preheader (made by an allocation, the receiver, or
 * checked by a {@code nullcheck} in a block that dominates the loop), {@code arraylength} and reads of
 * {@linkplain StableFields stable} final fields the function does not store. Inner loops go first, so an instruction
 * invariant in two nested loops leaves both.
 *
 * <p>Each loop gets a preheader first, if it has none: a block whose only successor is the header and which is the
 * header's only predecessor from outside the loop. The new block takes the header's entry edges, with a phi for each
 * header phi that several of them feed. A loop whose header is a handler (entered by an exception edge) is left alone.
 *
 * <p>It leaves alone: instructions that may throw (checks, calls, casts, allocations) and loads of mutable fields or
 * array elements, which a store in the loop could change (no alias analysis), and static fields (their class
 * initialisation stays in the loop).
 */
public final class HoistLoopInvariants implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        LoopInfo loops = LoopInfo.compute(fn);
        if (loops.loops().isEmpty()) return false;
        boolean changed = false;
        for (Loop loop : loops.loops()) changed |= addPreheader(fn, loop);
        DominatorTree dom = DominatorTree.compute(fn);
        if (changed) loops = LoopInfo.compute(fn, dom);
        Set<FieldRef> stored = StableFields.storedIn(fn);
        List<Loop> innerFirst = new ArrayList<>(loops.loops());
        innerFirst.sort(Comparator.comparingInt(Loop::depth).reversed());
        for (Loop loop : innerFirst) {
            Block preheader = preheader(fn, loop);
            if (preheader == null) continue;
            changed |= hoist(ctx, fn, loop, preheader, dom, stored);
        }
        return changed;
    }

    /** The block that enters the loop, if it has the shape of a preheader; else null. */
    private static Block preheader(Function fn, Loop loop) {
        Block only = null;
        for (Block b : fn.blocks()) {
            if (loop.contains(b) || !b.allSuccessors().contains(loop.header())) continue;
            if (only != null) return null;
            only = b;
        }
        if (only == null || !only.handlers().isEmpty() || !(only.terminator() instanceof Insn.Goto)) return null;
        return only;
    }

    /** Gives the loop a preheader if it has none; true if it made one. */
    private static boolean addPreheader(Function fn, Loop loop) {
        Block header = loop.header();
        if (header == fn.entry() || preheader(fn, loop) != null) return false;
        List<Block> outside = new ArrayList<>();
        for (Block b : fn.blocks()) {
            if (loop.contains(b)) continue;
            for (Handler h : b.handlers()) if (h.target() == header) return false; // entered by an exception edge
            if (b.successors().contains(header)) outside.add(b);
        }
        if (outside.isEmpty()) return false;
        Block pre = fn.newBlock();
        for (Phi p : header.phis()) {
            List<Phi.Input> entering = p.inputs().stream().filter(in -> outside.contains(in.from())).toList();
            p.inputs().removeAll(entering);
            Value merged = entering.get(0).value();
            if (entering.stream().anyMatch(in -> in.value() != merged)) {
                Phi q = new Phi(fn.newValue(p.result().type()));
                for (Phi.Input in : entering) q.addInput(in.from(), in.value());
                pre.addPhi(q);
                p.addInput(pre, q.result());
            } else {
                p.addInput(pre, merged);
            }
        }
        for (Block b : outside) b.terminator().replaceSuccessor(header, pre);
        pre.add(new Insn.Goto(header));
        return true;
    }

    private static boolean hoist(PassContext ctx, Function fn, Loop loop, Block preheader, DominatorTree dom,
            Set<FieldRef> stored) {
        Set<Value> checked = nullChecked(loop, dom);
        List<Instruction> moved = new ArrayList<>();
        for (Block b : dom.reversePostorder()) {
            if (!loop.contains(b)) continue;
            for (Instruction i : new ArrayList<>(b.instructions())) {
                if (!movable(ctx, i, checked, stored, fn) || !invariant(i, loop)) continue;
                for (int k = 0; k < i.operands().size(); k++) {
                    Value v = i.operand(k);
                    if (v.definition() instanceof Insn.Const c && loop.contains(c.block())) {
                        Insn.Const copy = new Insn.Const(fn.newValue(v.type()), c.value());
                        copy.at(c.pos());
                        moved.add(copy);
                        i.setOperand(k, copy.result());
                    }
                }
                b.remove(i); // detached, it counts as outside the loop for the instructions after it
                moved.add(i);
            }
        }
        if (moved.isEmpty()) return false;
        List<Instruction> out = new ArrayList<>(preheader.instructions());
        out.addAll(out.size() - 1, moved);
        preheader.replaceInstructions(out);
        return true;
    }

    /**
     * Each operand is defined outside the loop (a parameter, in a block the loop does not hold, or by an instruction
     * already taken out, which has no block yet), or is a constant (copied out with it).
     */
    private static boolean invariant(Instruction i, Loop loop) {
        for (Value v : i.operands()) {
            Object d = v.definition();
            Block at = d instanceof Instruction x ? x.block() : d instanceof Phi p ? p.block() : null;
            if (at == null || !loop.contains(at)) continue;
            if (!(d instanceof Insn.Const)) return false;
        }
        return true;
    }

    private static boolean movable(PassContext ctx, Instruction i, Set<Value> checked, Set<FieldRef> stored, Function fn) {
        if (i instanceof Insn.Binary b) {
            boolean division = (b.op() == BinaryOp.DIV || b.op() == BinaryOp.REM)
                    && (b.type().equals(JType.INT) || b.type().equals(JType.LONG));
            return !division || b.operand(1).definition() instanceof Insn.Const c && c.value() instanceof Number n
                    && n.longValue() != 0;
        }
        if (i instanceof Insn.Negate || i instanceof Insn.Convert || i instanceof Insn.InstanceOf) return true;
        if (i instanceof Insn.ArrayLength) return notNull(i.operand(0), checked, fn);
        if (i instanceof Insn.GetField g) {
            return ctx.stableFields().isStable(g.field()) && !stored.contains(g.field()) && notNull(g.operand(0), checked, fn);
        }
        return false;
    }

    private static boolean notNull(Value v, Set<Value> checked, Function fn) {
        return checked.contains(v) || RemoveRedundantNullChecks.neverNull(v, fn);
    }

    /** The values a {@code nullcheck} in a block outside the loop that dominates its header has checked. */
    private static Set<Value> nullChecked(Loop loop, DominatorTree dom) {
        Set<Value> out = new HashSet<>();
        for (Block b = dom.idom(loop.header()); b != null; b = dom.idom(b)) {
            for (Instruction i : b.instructions()) if (i instanceof Insn.NullCheck c) out.add(c.operand(0));
        }
        return out;
    }
}
