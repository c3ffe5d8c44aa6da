package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the instructions and phis whose value nothing uses and that do nothing else: constants, arithmetic,
 * conversions, field and array reads (their null and bounds checks are instructions of their own and stay),
 * {@code arraylength}, {@code instanceof}, proven {@code cast}s, and allocations ({@code new} without its
 * constructor call, which would use it; arrays of a constant, non-negative length or of listed elements).
 *
 * <pre>
 * b0:                                             b0:
 *   v1 = const string "a"                    →      putstatic t.C.used:int v0
 *   v2 = newarrayof java.lang.String v1             return
 *   putstatic t.C.used:int v0
 *   return
 * </pre>
 *
 * Such values are what is left after other work: a store to a field no code reads (the type flow's pruning removes
 * it, and with it the only use of the array it stored), a phi whose users went with a pruned branch. Removing one
 * can leave its operands unused, so the pass counts uses once and then removes values as their counts reach zero.
 *
 * <p>Not done here: calls, even of methods without side effects (that needs a purity analysis), and a
 * {@code caught} value, which marks its handler.
 */
public final class RemoveDeadValues implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        Map<Value, Integer> uses = new HashMap<>();
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) for (Phi.Input in : p.inputs()) uses.merge(in.value(), 1, Integer::sum);
            for (Instruction i : b.instructions()) for (Value v : i.operands()) uses.merge(v, 1, Integer::sum);
        }
        boolean changed = false;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Block b : fn.blocks()) {
                for (Phi p : List.copyOf(b.phis())) {
                    if (uses.getOrDefault(p.result(), 0) > 0) continue;
                    b.removePhi(p);
                    for (Phi.Input in : p.inputs()) uses.merge(in.value(), -1, Integer::sum);
                    progress = true;
                }
                for (Instruction i : List.copyOf(b.instructions())) {
                    if (i.result() == null || uses.getOrDefault(i.result(), 0) > 0 || !removable(i)) continue;
                    b.remove(i);
                    for (Value v : i.operands()) uses.merge(v, -1, Integer::sum);
                    progress = true;
                }
            }
            changed |= progress;
        }
        return changed;
    }

    /** True if the instruction does nothing but compute its value. */
    private static boolean removable(Instruction i) {
        return i instanceof Insn.Const || i instanceof Insn.Binary || i instanceof Insn.Negate || i instanceof Insn.Convert
                || i instanceof Insn.GetField || i instanceof Insn.GetStatic || i instanceof Insn.ArrayLoad
                || i instanceof Insn.ArrayLength || i instanceof Insn.InstanceOf || i instanceof Insn.NewArrayOf
                || i instanceof Insn.New
                || i instanceof Insn.CheckCast c && c.proven()
                || i instanceof Insn.NewArray a && a.operand(0).definition() instanceof Insn.Const k
                        && k.value() instanceof Integer n && n >= 0;
    }
}
