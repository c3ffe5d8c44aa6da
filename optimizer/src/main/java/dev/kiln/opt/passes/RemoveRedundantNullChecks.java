package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.ReversePostorder;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes each {@code nullcheck} of a value that cannot be null where the check stands: one made by {@code new},
 * {@code newarray}, {@code newarrayof} or a constant other than {@code null}, the receiver {@code this}, or one that
 * every path from the entry has already checked, or tested against null on the way to this block. The frontend
 * checks the receiver of every call and field access, so {@code sb.append(a); sb.append(b)} checks {@code sb} twice and
 * {@code new StringBuilder().append(a)} once for nothing.
 *
 * <pre>
 * b0:                                          b0:
 *   nullcheck v1 "..."                           nullcheck v1 "..."
 *   v2 = invoke.virtual X.f()int v1      →       v2 = invoke.virtual X.f()int v1
 *   if ne v2 then b1 else b2                     if ne v2 then b1 else b2
 * b1:                                          b1:
 *   nullcheck v1 "..."                           (gone: every path to b1 checked v1)
 *   v3 = getfield X.g:int v1                     v3 = getfield X.g:int v1
 * </pre>
 *
 * <p>What is known at a block's entry is what holds at the end of every predecessor along a normal edge (and
 * {@code v} itself on the non-null edge of a test of {@code v}: the true edge of {@code if ne v}, the false edge of
 * {@code if eq v}), a
 * forward must-analysis solved over the blocks in reverse postorder until nothing changes. Along an exception edge
 * only what held at the predecessor's entry counts: the exception may come from any of its instructions, the
 * failing check itself included. Values are SSA values, so a fact once true stays true wherever the value is seen.
 */
public final class RemoveRedundantNullChecks implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        Map<Value, Integer> ids = new HashMap<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.NullCheck c) ids.putIfAbsent(c.operand(0), ids.size());
            }
        }
        if (ids.isEmpty()) return false;
        List<Block> order = ReversePostorder.of(fn);
        Map<Block, List<Edge>> incoming = incoming(order);
        Map<Block, BitSet> in = new HashMap<>();
        Map<Block, BitSet> out = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                BitSet entry = entryFacts(b, fn, incoming, in, out, ids);
                if (entry.equals(in.get(b))) continue;
                in.put(b, entry);
                out.put(b, exitFacts(b, entry, ids));
                changed = true;
            }
        }
        boolean removed = false;
        for (Block b : order) {
            BitSet facts = (BitSet) in.get(b).clone();
            for (Instruction i : new ArrayList<>(b.instructions())) {
                if (!(i instanceof Insn.NullCheck c)) continue;
                Value v = c.operand(0);
                if (facts.get(ids.get(v)) || neverNull(v, fn)) {
                    b.remove(c);
                    removed = true;
                } else {
                    facts.set(ids.get(v));
                }
            }
        }
        return removed;
    }

    /** An edge into a block: from a normal successor list or from a handler list. */
    private record Edge(Block from, boolean exceptional) {}

    private static Map<Block, List<Edge>> incoming(List<Block> order) {
        Map<Block, List<Edge>> incoming = new HashMap<>();
        for (Block b : order) incoming.put(b, new ArrayList<>());
        for (Block b : order) {
            for (Block s : b.successors()) incoming.get(s).add(new Edge(b, false));
            for (Block h : b.exceptionSuccessors()) incoming.get(h).add(new Edge(b, true));
        }
        return incoming;
    }

    /**
     * The meet of what the incoming edges carry; predecessors not yet visited are left out (they carry "everything",
     * the start of a must-analysis), and the entry block knows nothing.
     */
    private static BitSet entryFacts(Block b, Function fn, Map<Block, List<Edge>> incoming, Map<Block, BitSet> in,
            Map<Block, BitSet> out, Map<Value, Integer> ids) {
        if (b == fn.entry()) return new BitSet();
        BitSet meet = null;
        for (Edge e : incoming.get(b)) {
            BitSet carried = e.exceptional() ? in.get(e.from()) : out.get(e.from());
            if (carried == null) continue;
            carried = (BitSet) carried.clone();
            if (!e.exceptional()) addBranchFact(e.from(), b, carried, ids);
            if (meet == null) meet = carried;
            else meet.and(carried);
        }
        return meet == null ? new BitSet() : meet;
    }

    /** {@code if ne v then b} and {@code if eq v then other else b} on a reference: {@code v} is not null in {@code b}. */
    private static void addBranchFact(Block from, Block to, BitSet facts, Map<Value, Integer> ids) {
        if (!(from.terminator() instanceof Insn.If test) || !test.comparesWithZero() || test.ifTrue() == test.ifFalse()) return;
        Value v = test.operand(0);
        Integer id = ids.get(v);
        if (id == null || !v.type().isReference()) return;
        Block nonNullSide = switch (test.cond()) {
            case NE -> test.ifTrue();
            case EQ -> test.ifFalse();
            default -> null;
        };
        if (nonNullSide == to) facts.set(id);
    }

    private static BitSet exitFacts(Block b, BitSet entry, Map<Value, Integer> ids) {
        BitSet facts = (BitSet) entry.clone();
        for (Instruction i : b.instructions()) {
            if (i instanceof Insn.NullCheck c) facts.set(ids.get(c.operand(0)));
        }
        return facts;
    }

    /** Made by an allocation or a non-null constant, or the receiver of an instance method (also {@link HoistLoopInvariants}'s). */
    static boolean neverNull(Value v, Function fn) {
        if (!fn.isStatic() && !fn.params().isEmpty() && fn.params().get(0) == v) return true;
        Object d = v.definition();
        return d instanceof Insn.New || d instanceof Insn.NewArray || d instanceof Insn.NewArrayOf
                || d instanceof Insn.NewMultiArray || d instanceof Insn.Const c && c.value() != null;
    }
}
