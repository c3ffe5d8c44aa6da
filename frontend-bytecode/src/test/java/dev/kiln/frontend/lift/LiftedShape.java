package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the lifter promises about every function beyond IR validity: every block reachable from an entry
 * without predecessors, the exception-edge invariant, {@code caught} exactly at the start of handler
 * blocks (reached only by exception edges), no trivial phis left, and a source position on every
 * instruction.
 */
final class LiftedShape {
    private LiftedShape() {}

    static void check(Function fn) {
        Map<Block, List<Block>> preds = fn.predecessors();
        assertTrue(preds.get(fn.entry()).isEmpty(), "entry has predecessors");
        assertEquals(fn.blocks().size(), reachable(fn).size(), "unreachable blocks");
        Set<Block> handlers = new HashSet<>();
        for (Block b : fn.blocks()) for (Handler h : b.handlers()) handlers.add(h.target());
        for (Block b : fn.blocks()) {
            String where = fn.method() + " " + b;
            List<Instruction> insns = b.instructions();
            assertTrue(b.terminator() != null, where + " has no terminator");
            for (int k = 0; k < insns.size(); k++) {
                Instruction insn = insns.get(k);
                assertTrue(insn.pos().bytecodeOffset() >= 0, where + ": no position on " + insn);
                assertEquals(k == insns.size() - 1, insn instanceof Insn.Terminator, where + ": misplaced terminator");
                assertEquals(k == 0 && handlers.contains(b), insn instanceof Insn.Caught, where + ": misplaced caught");
                if (!b.handlers().isEmpty() && insn.mayThrow()) {
                    assertTrue(k >= insns.size() - 2, where + ": throwing " + insn + " is not last");
                    for (int j = 0; j < k; j++) assertFalse(insns.get(j).mayThrow(), where + ": two throwing instructions");
                }
            }
            if (!b.handlers().isEmpty()) {
                assertTrue(insns.stream().anyMatch(Instruction::mayThrow), where + ": handlers but nothing throws");
            }
            if (handlers.contains(b)) {
                for (Block p : preds.get(b)) assertFalse(p.successors().contains(b), where + ": handler reached normally");
            }
            for (Phi phi : b.phis()) {
                assertEquals(preds.get(b).size(), phi.inputs().size(), where + ": phi inputs");
                Set<Object> distinct = new HashSet<>();
                for (Phi.Input in : phi.inputs()) {
                    assertTrue(preds.get(b).contains(in.from()), where + ": input from a non-predecessor");
                    if (in.value() != phi.result()) distinct.add(in.value());
                }
                assertTrue(distinct.size() > 1, where + ": trivial phi " + phi);
            }
        }
    }

    private static Set<Block> reachable(Function fn) {
        Set<Block> seen = new HashSet<>(List.of(fn.entry()));
        Deque<Block> work = new ArrayDeque<>(seen);
        while (!work.isEmpty()) {
            for (Block s : work.poll().allSuccessors()) if (seen.add(s)) work.add(s);
        }
        return seen;
    }
}
