package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Live values at block boundaries, by value id, solved backwards to a fixed point over normal and exception
 * edges. SSA conventions: a phi's inputs are live at the end of the predecessor they come from (that is
 * where the out-of-SSA copies go), and a phi's result is defined at the top of its block. So
 * {@code liveIn(B)} is what is live just below B's phis, and
 * {@code liveOut(P) = ∪ over successors S of (liveIn(S) − phis(S)) ∪ (inputs of S's phis from P)}.
 *
 * <p>An exception edge leaves from before the block's throwing instruction, but treating what the handler
 * needs as live to the block's end is safe: the only instructions after the throwing one are the
 * terminator's.
 */
final class Liveness {
    private final Map<Block, BitSet> liveIn = new HashMap<>();
    private final Map<Block, BitSet> liveOut = new HashMap<>();

    Liveness(ControlFlow cfg) {
        List<Block> blocks = cfg.blocks();
        for (Block b : blocks) {
            liveIn.put(b, new BitSet());
            liveOut.put(b, new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block b = blocks.get(i);
                BitSet out = new BitSet();
                for (Block s : b.allSuccessors()) {
                    BitSet in = (BitSet) liveIn.get(s).clone();
                    for (Phi p : s.phis()) in.clear(p.result().id());
                    for (Phi p : s.phis()) {
                        Value v = p.inputFrom(b);
                        if (v != null) in.set(v.id());
                    }
                    out.or(in);
                }
                BitSet in = transfer(b, out);
                if (!out.equals(liveOut.get(b)) || !in.equals(liveIn.get(b))) {
                    liveOut.put(b, out);
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
    }

    private static BitSet transfer(Block b, BitSet out) {
        BitSet live = (BitSet) out.clone();
        List<Instruction> insns = b.instructions();
        for (int i = insns.size() - 1; i >= 0; i--) {
            Instruction insn = insns.get(i);
            if (insn.result() != null) live.clear(insn.result().id());
            for (Value v : insn.operands()) live.set(v.id());
        }
        return live;
    }

    /** Values live at the end of {@code b} (a fresh copy). */
    BitSet liveOut(Block b) {
        return (BitSet) liveOut.get(b).clone();
    }
}
