package dev.kiln.ir.verify;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.DominatorTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every use is dominated by its definition: earlier in the same block, or in a block that dominates the
 * user. A phi input is used at the end of its predecessor, so its definition must dominate that block.
 *
 * <p>Exception edges leave a block in the middle, just before its throwing instruction, so a value the
 * throwing instruction (or anything after it) defines does not exist on them. Block dominance cannot see
 * that, so for such a value defined in block P this check also requires that the use cannot be reached
 * from P's handlers without passing through P again; a phi input along P's own exception edge is the
 * simplest case. Uses in unreachable blocks are checked within their block only.
 */
final class DominanceCheck {
    private final Function fn;
    private final Definitions defs;
    private final Errors errors;
    private final DominatorTree dom;
    private final Map<Block, Set<Block>> exceptionReach = new HashMap<>();

    private DominanceCheck(Function fn, Definitions defs, Errors errors) {
        this.fn = fn;
        this.defs = defs;
        this.errors = errors;
        this.dom = DominatorTree.compute(fn);
    }

    static void run(Function fn, Definitions defs, Errors errors) {
        new DominanceCheck(fn, defs, errors).run();
    }

    private void run() {
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) phiInput(p, b, in.from(), in.value());
            }
            List<Instruction> insns = b.instructions();
            for (int i = 0; i < insns.size(); i++) {
                for (Value v : insns.get(i).operands()) if (v != null) use(insns.get(i), b, i, v);
            }
        }
    }

    private void use(Instruction insn, Block b, int index, Value v) {
        Definitions.Site site = defs.site(v);
        if (site == null) {
            errors.add(insn, v + " is not defined in this function");
        } else if (site.isParameter()) {
            return;
        } else if (site.block() == b) {
            if (site.index() == index) errors.add(insn, v + " is used by its own definition");
            else if (site.index() > index) errors.add(insn, v + " is used before its definition");
        } else if (!dom.isReachable(b)) {
            return;
        } else if (!dom.dominates(site.block(), b)) {
            errors.add(insn, v + " is defined in " + site.block() + ", which does not dominate this use");
        } else if (bypassed(site, b)) {
            errors.add(insn, v + " is not defined on the path from " + site.block() + "'s exception edge to this use");
        }
    }

    private void phiInput(Phi phi, Block b, Block from, Value v) {
        if (v == null) return;
        Definitions.Site site = defs.site(v);
        if (site == null) {
            errors.add(phi, "input " + v + " from " + from + " is not defined in this function");
        } else if (site.isParameter() || !dom.isReachable(from)) {
            return;
        } else if (!dom.dominates(site.block(), from)) {
            errors.add(phi, "input " + v + " from " + from + " is defined in " + site.block() + ", which does not dominate " + from);
        } else if (site.block() == from && isExceptionEdgeOnly(from, b) && site.index() >= throwIndex(from)) {
            errors.add(phi, "input " + v + " from " + from + " comes along an exception edge, which leaves "
                    + from + " before " + v + " is defined");
        } else if (site.block() != from && bypassed(site, from)) {
            errors.add(phi, "input " + v + " from " + from + " is not defined on the path from "
                    + site.block() + "'s exception edge to " + from);
        }
    }

    /** True if {@code v}, defined at {@code site}, is missing at {@code b} on some path through an exception edge. */
    private boolean bypassed(Definitions.Site site, Block b) {
        return !site.isPhi() && site.index() >= throwIndex(site.block()) && exceptionReach(site.block()).contains(b);
    }

    /** Where exception edges leave {@code b}: its first instruction that may throw; none without handlers. */
    private static int throwIndex(Block b) {
        if (b.handlers().isEmpty()) return Integer.MAX_VALUE;
        List<Instruction> insns = b.instructions();
        for (int i = 0; i < insns.size(); i++) if (insns.get(i).mayThrow()) return i;
        return Integer.MAX_VALUE;
    }

    private static boolean isExceptionEdgeOnly(Block from, Block to) {
        return from.exceptionSuccessors().contains(to) && !from.successors().contains(to);
    }

    /** The blocks reachable from {@code p}'s handlers without passing through {@code p}. */
    private Set<Block> exceptionReach(Block p) {
        return exceptionReach.computeIfAbsent(p, k -> {
            Set<Block> seen = new HashSet<>();
            Deque<Block> work = new ArrayDeque<>();
            for (Block h : p.exceptionSuccessors()) if (h != p && seen.add(h)) work.push(h);
            while (!work.isEmpty()) {
                for (Block s : work.pop().allSuccessors()) if (s != p && seen.add(s)) work.push(s);
            }
            return seen;
        });
    }
}
