package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Phi;
import dev.kiln.ir.analysis.ReversePostorder;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the blocks no path from the entry reaches, over normal and exception edges, so later passes and
 * the backend never see code that cannot run (the frontend leaves such blocks behind, for example after
 * a call that always throws).
 *
 * <pre>
 * b0:                                   b0:
 *   goto b2                               goto b2
 * b1:                                   b2:
 *   v1 = const int 1          →           v2 = phi int [b0: v0]
 *   goto b2                               return v2
 * b2:
 *   v2 = phi int [b0: v0], [b1: v1]
 *   return v2
 * </pre>
 *
 * Phis in the remaining blocks lose their inputs from removed blocks; a phi left with a single input
 * stays for {@link SimplifyTrivialPhis}. Blocks that are dead only because a branch condition is constant
 * are not this pass's business: it does not fold branches.
 */
public final class RemoveUnreachableBlocks implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        Set<Block> reachable = new HashSet<>(ReversePostorder.of(fn));
        if (reachable.size() == fn.blocks().size()) return false;
        fn.blocks().removeIf(b -> !reachable.contains(b));
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) p.inputs().removeIf(in -> !reachable.contains(in.from()));
        }
        return true;
    }
}
