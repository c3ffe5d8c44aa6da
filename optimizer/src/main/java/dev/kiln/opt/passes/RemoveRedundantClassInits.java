package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.analysis.ReversePostorder;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes each {@code initclass C} that every path to it has already made, for {@code C} or for a subclass of
 * {@code C}. Once an {@code initclass} of a class completes, the class's initialisation has run or is running on this
 * thread, and so has its superclasses' (JLS 12.4.2 initialises the superclass first); another {@code initclass} of any
 * of them does nothing either way. The lifter places one before each active use, so code that uses a class twice
 * ({@code Integer.valueOf(a) + Integer.valueOf(b)}, a loop over {@code System.out.println}) checks it twice.
 *
 * <pre>
 * b0:                                          b0:
 *   initclass java.lang.Integer                  initclass java.lang.Integer
 *   v1 = invoke.static Integer.valueOf(int) v0   v1 = invoke.static Integer.valueOf(int) v0
 *   initclass java.lang.Integer          →       (gone)
 *   v2 = invoke.static Integer.valueOf(int) v0   v2 = invoke.static Integer.valueOf(int) v0
 * </pre>
 *
 * <p>What is known at a block's entry is what every predecessor knows at its end, a forward must-analysis solved in
 * reverse postorder; along an exception edge only what held at the predecessor's entry counts (the exception may be
 * the failed initialisation itself).
 */
public final class RemoveRedundantClassInits implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        Map<String, Integer> ids = new HashMap<>();
        int inits = 0;
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.InitClass init) {
                    ids.putIfAbsent(init.className(), ids.size());
                    inits++;
                }
            }
        }
        if (inits < 2) return false;
        Map<String, BitSet> implied = new HashMap<>();
        for (String c : ids.keySet()) implied.put(c, initialisedWith(c, ctx.program(), ids));
        List<Block> order = ReversePostorder.of(fn);
        Map<Block, List<Block>> normalPreds = new HashMap<>();
        Map<Block, List<Block>> exceptionPreds = new HashMap<>();
        for (Block b : order) {
            for (Block s : b.successors()) normalPreds.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
            for (Block h : b.exceptionSuccessors()) exceptionPreds.computeIfAbsent(h, k -> new ArrayList<>()).add(b);
        }
        Map<Block, BitSet> in = new HashMap<>();
        Map<Block, BitSet> out = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                BitSet entry = b == fn.entry() ? new BitSet() : meet(normalPreds.get(b), out, exceptionPreds.get(b), in);
                if (entry.equals(in.get(b))) continue;
                in.put(b, entry);
                BitSet exit = (BitSet) entry.clone();
                for (Instruction i : b.instructions()) {
                    if (i instanceof Insn.InitClass init) exit.or(implied.get(init.className()));
                }
                out.put(b, exit);
                changed = true;
            }
        }
        boolean removed = false;
        for (Block b : order) {
            BitSet known = (BitSet) in.get(b).clone();
            for (Instruction i : new ArrayList<>(b.instructions())) {
                if (!(i instanceof Insn.InitClass init)) continue;
                if (known.get(ids.get(init.className()))) {
                    b.remove(i);
                    removed = true;
                } else {
                    known.or(implied.get(init.className()));
                }
            }
        }
        return removed;
    }

    /** The classes of {@code ids} whose initialisation has run or is running once {@code c}'s has: it and its superclasses. */
    private static BitSet initialisedWith(String c, IrProgram program, Map<String, Integer> ids) {
        BitSet set = new BitSet();
        set.set(ids.get(c));
        for (IrClass k : program.superChain(c)) {
            Integer id = ids.get(k.name());
            if (id != null && !k.isInterface()) set.set(id);
        }
        return set;
    }

    /**
     * What holds at a block's entry: what every normal predecessor holds at its end and every exceptional one at its
     * entry; predecessors not reached yet in this round are left out (they stand for "everything").
     */
    private static BitSet meet(List<Block> normal, Map<Block, BitSet> out, List<Block> exceptional, Map<Block, BitSet> in) {
        BitSet meet = null;
        for (Block p : normal == null ? List.<Block>of() : normal) meet = and(meet, out.get(p));
        for (Block p : exceptional == null ? List.<Block>of() : exceptional) meet = and(meet, in.get(p));
        return meet == null ? new BitSet() : meet;
    }

    private static BitSet and(BitSet meet, BitSet carried) {
        if (carried == null) return meet;
        if (meet == null) return (BitSet) carried.clone();
        meet.and(carried);
        return meet;
    }
}
