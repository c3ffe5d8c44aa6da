package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import dev.kiln.opt.range.IndexRanges;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes each {@code boundscheck vA, vI} whose index is known to lie in {@code [0, vA.length)} where the check
 * stands ({@link IndexRanges}: from the index's definition, the branches on the way there, the checks already made,
 * and round loops by induction).
 *
 * <pre>
 * b1:                                            b1:
 *   v2 = phi int [b0: v1], [b2: v6]                v2 = phi int [b0: v1], [b2: v6]
 *   v3 = arraylength v0                            v3 = arraylength v0
 *   if lt v2, v3 then b2 else b3                   if lt v2, v3 then b2 else b3
 * b2:                                     →      b2:
 *   boundscheck v0, v2                             (gone: 0 <= v2 by induction from v1 = 0, v2 < v0.length here)
 *   v4 = aload int v0, v2                          v4 = aload int v0, v2
 * </pre>
 *
 * <p>Every check is decided on the function as it came in, then the proved ones go: a check's own facts may help
 * prove a later one, which stays right since the check was proved, not assumed.
 */
public final class RemoveRedundantBoundsChecks implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        IndexRanges ranges = null;
        List<Instruction> proved = new ArrayList<>();
        for (Block b : fn.blocks()) {
            List<Instruction> insns = b.instructions();
            for (int k = 0; k < insns.size(); k++) {
                if (!(insns.get(k) instanceof Insn.BoundsCheck check)) continue;
                if (ranges == null) ranges = new IndexRanges(fn, ctx.stableFields());
                if (ranges.inBounds(check.operand(0), check.operand(1), b, k)) proved.add(check);
            }
        }
        for (Instruction check : proved) check.block().remove(check);
        return !proved.isEmpty();
    }
}
