package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces each phi that merges only one value by that value: its inputs are all the same value, or the
 * phi itself (a loop that never changes the variable). SSA construction from bytecode places such phis
 * at every join and loop header it cannot rule out.
 *
 * <pre>
 * b3:                                     b3:
 *   v5 = phi int [b1: v1], [b2: v1]   →     v6 = add int v1, v1
 *   v6 = add int v5, v5
 *
 * b1:                                     b1:
 *   v7 = phi int [b0: v1], [b4: v7]   →     (v7 gone; its uses read v1)
 * </pre>
 *
 * Removing one phi can make another trivial (loop-header phis that feed each other in nested loops), so
 * the pass finds replacements until none is left, then rewrites every use once. The single value
 * dominates the phi's block, since it reaches the block along every edge, so uses stay dominated. A phi's
 * type is the join of its inputs' types, so the replacement is at least as precise.
 *
 * <p>Not done here: phis whose only input is themselves (possible only in unreachable code; run
 * {@link RemoveUnreachableBlocks} first), and phis merging different values that happen to be equal, such
 * as two equal constants (that needs value numbering).
 */
public final class SimplifyTrivialPhis implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        Map<Value, Value> replacement = findReplacements(fn);
        if (replacement.isEmpty()) return false;
        for (Block b : fn.blocks()) {
            for (Phi p : List.copyOf(b.phis())) {
                if (replacement.containsKey(p.result())) b.removePhi(p);
            }
        }
        fn.replaceUses(replacement);
        return true;
    }

    private static Map<Value, Value> findReplacements(Function fn) {
        Map<Value, Value> replacement = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Block b : fn.blocks()) {
                for (Phi p : b.phis()) {
                    if (replacement.containsKey(p.result())) continue;
                    Value only = onlyInput(p, replacement);
                    if (only != null) {
                        replacement.put(p.result(), only);
                        progress = true;
                    }
                }
            }
        }
        return replacement;
    }

    /** The one value other than the phi itself that flows in, after replacements so far; else null. */
    private static Value onlyInput(Phi p, Map<Value, Value> replacement) {
        Value only = null;
        for (Phi.Input in : p.inputs()) {
            Value v = resolve(in.value(), replacement);
            if (v == p.result()) continue;
            if (only != null && only != v) return null;
            only = v;
        }
        return only;
    }

    /** Follows replacements to the end; they never form a cycle, since a phi is never replaced by itself. */
    private static Value resolve(Value v, Map<Value, Value> replacement) {
        Value r = v;
        while (replacement.containsKey(r)) r = replacement.get(r);
        return r;
    }
}
