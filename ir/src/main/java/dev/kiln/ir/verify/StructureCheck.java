package dev.kiln.ir.verify;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of the control-flow graph: terminators, edges that stay inside the function, the entry,
 * handler blocks and {@code caught}, the one-throwing-instruction rule, and phi inputs against
 * predecessors. Runs first; if an edge leaves the function, graph analyses cannot run and the verifier
 * stops after this check.
 */
final class StructureCheck {
    private final Function fn;
    private final Errors errors;
    private final Set<Block> blocks;
    private final Map<Block, List<Block>> preds = new HashMap<>();
    private final Set<Block> handlerTargets = new HashSet<>();
    private boolean edgesIntact = true;

    private StructureCheck(Function fn, Errors errors) {
        this.fn = fn;
        this.errors = errors;
        this.blocks = new HashSet<>(fn.blocks());
    }

    /** Runs the check; false if some edge leaves the function, so that dominance cannot be computed. */
    static boolean run(Function fn, Errors errors) {
        StructureCheck c = new StructureCheck(fn, errors);
        if (fn.blocks().isEmpty()) {
            errors.add(fn, "function has no blocks");
            return false;
        }
        c.edges();
        c.blockIds();
        for (Block b : fn.blocks()) {
            c.terminators(b);
            c.caughtPlacement(b);
            c.throwingInstructions(b);
        }
        if (!c.edgesIntact) return false;
        c.entry();
        for (Block b : fn.blocks()) c.phis(b);
        return true;
    }

    /** Every branch and handler target is a block of this function; collects predecessors on the way. */
    private void edges() {
        for (Block b : fn.blocks()) preds.put(b, new ArrayList<>());
        for (Block b : fn.blocks()) {
            if (b.function() != fn) errors.add(b, b + " belongs to another function");
            Insn.Terminator t = b.terminator();
            for (Block s : b.successors()) {
                if (s == null || !blocks.contains(s)) {
                    errors.add(t, "branches to " + s + ", which is not a block of this function");
                    edgesIntact = false;
                }
            }
            for (Handler h : b.handlers()) {
                if (h.target() == null || !blocks.contains(h.target())) {
                    errors.add(h, "handler target " + h.target() + " is not a block of this function");
                    edgesIntact = false;
                } else {
                    handlerTargets.add(h.target());
                    if (!startsWithCaught(h.target())) errors.add(h, "handler target " + h.target() + " does not start with caught");
                }
            }
            if (!edgesIntact) continue;
            for (Block s : b.allSuccessors()) preds.get(s).add(b);
        }
    }

    private void blockIds() {
        Set<Integer> ids = new HashSet<>();
        for (Block b : fn.blocks()) if (!ids.add(b.id())) errors.add(b, "another block is also named " + b);
    }

    private void terminators(Block b) {
        List<Instruction> insns = b.instructions();
        if (insns.isEmpty()) {
            errors.add(b, "block is empty; it must end in a terminator");
            return;
        }
        for (int i = 0; i < insns.size(); i++) {
            Instruction insn = insns.get(i);
            if (insn.block() != b) errors.add(insn, "instruction thinks it is in " + insn.block());
            if (i < insns.size() - 1 && insn instanceof Insn.Terminator) errors.add(insn, "terminator before the end of the block");
        }
        if (!(insns.get(insns.size() - 1) instanceof Insn.Terminator)) errors.add(b, "block does not end in a terminator");
        for (Phi p : b.phis()) if (p.block() != b) errors.add(p, "phi thinks it is in " + p.block());
    }

    /** {@code caught} is the first instruction of a handler block, and handler blocks have no normal entry. */
    private void caughtPlacement(Block b) {
        List<Instruction> insns = b.instructions();
        for (int i = 0; i < insns.size(); i++) {
            if (!(insns.get(i) instanceof Insn.Caught caught)) continue;
            if (i > 0) errors.add(caught, "caught must be the first instruction of its block");
            else if (!handlerTargets.contains(b)) errors.add(caught, "caught in " + b + ", which is not an exception handler");
        }
        for (Block s : b.successors()) {
            if (startsWithCaught(s)) errors.add(b.terminator(), "branches to handler block " + s + "; only exception edges may enter it");
        }
    }

    /**
     * In a block with handlers, only the terminator or the instruction just before it may throw, and only
     * one of them, so the values live on the exception edge are exactly those defined before it.
     */
    private void throwingInstructions(Block b) {
        if (b.handlers().isEmpty()) return;
        List<Instruction> insns = b.instructions();
        int n = insns.size();
        boolean seen = false;
        for (int i = 0; i < n; i++) {
            Instruction insn = insns.get(i);
            if (!insn.mayThrow()) continue;
            if (i < n - 2) {
                errors.add(insn, "may throw in a block with handlers; only the terminator or the instruction before it may");
            } else if (seen) {
                errors.add(insn, "second instruction that may throw in a block with handlers");
            } else {
                seen = true;
            }
        }
    }

    private void entry() {
        Block entry = fn.entry();
        List<Block> entryPreds = preds.get(entry);
        if (!entryPreds.isEmpty()) errors.add(entry, "entry block has predecessors: " + names(entryPreds));
        for (Phi p : entry.phis()) errors.add(p, "phi in the entry block");
    }

    /** One input per predecessor, from exactly the predecessors. */
    private void phis(Block b) {
        if (b == fn.entry()) return;
        List<Block> blockPreds = preds.get(b);
        for (Phi p : b.phis()) {
            Map<Block, Integer> seen = new LinkedHashMap<>();
            for (Phi.Input in : p.inputs()) {
                if (in.value() == null) errors.add(p, "input from " + in.from() + " has no value");
                if (seen.merge(in.from(), 1, Integer::sum) == 2) errors.add(p, "two inputs from " + in.from());
                if (!blockPreds.contains(in.from())) errors.add(p, "input from " + in.from() + ", which is not a predecessor");
            }
            for (Block pred : blockPreds) if (!seen.containsKey(pred)) errors.add(p, "no input from predecessor " + pred);
        }
    }

    static boolean startsWithCaught(Block b) {
        return !b.instructions().isEmpty() && b.instructions().get(0) instanceof Insn.Caught;
    }

    private static String names(List<Block> blocks) {
        return blocks.stream().map(Block::toString).collect(Collectors.joining(", "));
    }
}
